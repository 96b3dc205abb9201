import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { ValidationError } from "../errors.ts";
import { kindOf, type PayloadOf } from "../kinds/registry.ts";
import { checkEntryAgainstDatabase, fieldCitations } from "./validate-entry.ts";

/**
 * Writes a validated payload into the public read model: the kind's rows, the entry's
 * citations, label and qualifiers. Status and version are the caller's business (publishing
 * and the seed import set them). Must run inside the caller's transaction.
 */
export async function writeEntry<K extends EntryKind>(tx: Tx, input: { id: string; kind: K; payload: PayloadOf<K> }): Promise<string> {
  const { errors, names } = await checkEntryAgainstDatabase(tx, input);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const label = kindOf(input.kind).label(input.payload, names);
  await writeReadModel(tx, { ...input, label });
  return label;
}

/** The writing half of writeEntry, for payloads already checked (a restore replays published ones). */
export async function writeReadModel<K extends EntryKind>(tx: Tx, input: { id: string; kind: K; payload: PayloadOf<K>; label: string }): Promise<void> {
  const payload = input.payload;
  await tx.entry.update({
    where: { id: input.id },
    data: {
      label: input.label,
      official: "official" in payload ? payload.official : true,
      certainty: "certainty" in payload ? payload.certainty : "STATED",
      attribution: "attribution" in payload ? payload.attribution : null,
      preferredReason: "preferredReason" in payload ? payload.preferredReason : null,
    },
  });
  await kindOf(input.kind).write(tx, input.id, payload);
  await tx.citation.deleteMany({ where: { entryId: input.id } });
  await tx.statementAlternative.deleteMany({ where: { entryId: input.id } });
  const field = kindOf(input.kind).disputable?.field;
  // Stryker disable next-line LogicalOperator: only the schemas of disputable kinds have alternatives
  const alternatives = field && "alternatives" in payload ? payload.alternatives : [];
  // Stryker disable next-line ConditionalExpression: with no disputed field there are no alternatives to write; this skips an empty insert
  if (field) {
    await tx.statementAlternative.createMany({
      data: alternatives.map((a, position) => ({ id: `${input.id}~${position}`, entryId: input.id, field, value: String(a.value), note: a.note, position })),
    });
  }
  const citations = [
    ...("citations" in payload ? payload.citations.map((c) => ({ ...c, alternativeId: null, field: null })) : []),
    ...alternatives.flatMap((a, i) => a.citations.map((c) => ({ ...c, alternativeId: `${input.id}~${i}`, field: null }))),
    ...fieldCitations(input.kind, payload).flatMap(({ field, cited }) => cited.map((c) => ({ ...c, alternativeId: null, field }))),
  ];
  // Stryker disable next-line ConditionalExpression: an empty insert writes nothing either; this skips the round trip
  if (citations.length) {
    await tx.citation.createMany({
      data: citations.map((c, position) => ({
        entryId: input.id,
        sourceId: c.sourceId,
        excerptId: c.excerptId,
        locator: c.locator,
        position,
        alternativeId: c.alternativeId,
        field: c.field,
      })),
    });
  }
}
