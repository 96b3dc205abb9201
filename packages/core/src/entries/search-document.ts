import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../dates/fuzzy-date.ts";
import { publishedDependentIds } from "./dependents.ts";
import { EVENT_TYPE_LABELS, MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS } from "./labels.ts";
import type { AnyPayload, PayloadOf } from "./schemas/index.ts";

type Doc = { title: string; body: string; path: string };

const dateText = (v: string | null | undefined) => {
  if (!v) return "";
  const p = parseFuzzyDate(v);
  return "error" in p ? v : formatFuzzyDate(p.date, p.precision);
};

async function countries(tx: Tx, ids: (string | null | undefined)[]) {
  const rows = await tx.country.findMany({ where: { id: { in: ids.filter((x): x is string => Boolean(x)) } }, select: { id: true, slug: true, name: true } });
  return new Map(rows.map((r) => [r.id, r]));
}

async function focusId(tx: Tx): Promise<string | null> {
  return (await tx.site.findUnique({ where: { id: 1 }, select: { focusCountryId: true } }))?.focusCountryId ?? null;
}

/** The public page a country's statements live on: the focus country's is the home page. */
const countryPath = (slug: string | undefined, isFocus: boolean) => (isFocus || !slug ? "/" : `/countries/${slug}`);

// A visible separator: result snippets show the document body on one line.
const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" · ");

/** What search finds for a published entry, and where the result links; null for kinds not searched. */
async function buildDocument(tx: Tx, kind: EntryKind, id: string, payload: AnyPayload, label: string): Promise<Doc | null> {
  const focus = await focusId(tx);
  switch (kind) {
    case "COUNTRY": {
      const p = payload as PayloadOf<"COUNTRY">;
      return { title: p.name, body: join(p.officialName, p.aliases.join(", "), p.capital, p.subregion, p.summary), path: countryPath(p.slug, id === focus) };
    }
    case "ORGANIZATION": {
      const p = payload as PayloadOf<"ORGANIZATION">;
      return { title: label, body: join(p.aliases.join(", "), p.headquarters, p.description), path: `/organizations/${p.slug}` };
    }
    case "PERSON": {
      const p = payload as PayloadOf<"PERSON">;
      const roles = await tx.eventParticipant.findMany({ where: { personId: id }, select: { role: true }, distinct: ["role"] });
      return { title: p.name, body: join(p.aliases.join(", "), p.description, roles.map((r) => r.role).join("; ")), path: `/people/${p.slug}` };
    }
    case "EVENT": {
      const p = payload as PayloadOf<"EVENT">;
      const people = await tx.person.findMany({ where: { id: { in: p.participants.map((x) => x.personId) } }, select: { id: true, name: true } });
      const c = await countries(tx, [...p.countryIds, p.placeCountryId]);
      const participants = p.participants.map((x) => `${people.find((q) => q.id === x.personId)?.name ?? ""}, ${x.role}`);
      return {
        title: p.title,
        body: join(dateText(p.start), EVENT_TYPE_LABELS[p.type], p.place, p.countryIds.map((x) => c.get(x)?.name).join(", "), participants.join("; "), p.description),
        path: `/events/${p.slug}`,
      };
    }
    case "FACT": {
      const p = payload as PayloadOf<"FACT">;
      const c = await countries(tx, [p.countryId]);
      const country = p.countryId ? c.get(p.countryId) : undefined;
      return {
        title: p.subject,
        body: join(
          `${p.value}${p.valueHigh ? `–${p.valueHigh}` : ""} ${p.unit}`,
          p.year ? String(p.year) : null,
          p.attribution,
          p.certainty === "ESTIMATE" && "estimate",
          country?.name,
        ),
        path: `${countryPath(country?.slug, p.countryId === focus)}#fact-${id}`,
      };
    }
    case "MISSION": {
      const p = payload as PayloadOf<"MISSION">;
      const c = await countries(tx, [p.senderId, p.hostId]);
      const other = p.senderId === focus ? c.get(p.hostId) : c.get(p.senderId);
      return { title: label, body: join(MISSION_TYPE_LABELS[p.type], p.city, p.name, c.get(p.hostId)?.name), path: `${countryPath(other?.slug, false)}#missions` };
    }
    case "RELATIONSHIP": {
      const p = payload as PayloadOf<"RELATIONSHIP">;
      const c = await countries(tx, [p.counterpartId]);
      return { title: label, body: p.summary, path: countryPath(c.get(p.counterpartId)?.slug, false) };
    }
    case "BODY": {
      const p = payload as PayloadOf<"BODY">;
      const c = await countries(tx, p.countryIds);
      const other = p.countryIds.map((x) => c.get(x)).find((x) => x && x.id !== focus);
      return { title: p.name, body: join(p.description, p.dissolved && `dissolved ${dateText(p.dissolved)}`), path: `${countryPath(other?.slug, false)}#bodies` };
    }
    case "MEMBERSHIP": {
      const p = payload as PayloadOf<"MEMBERSHIP">;
      const org = await tx.organization.findUnique({ where: { id: p.organizationId }, select: { slug: true } });
      return { title: label, body: join(MEMBERSHIP_STATUS_LABELS[p.status], p.note), path: `/organizations/${org?.slug ?? ""}` };
    }
    case "SOURCE":
      return null;
  }
}

/** Brings the entry's search document in step with its published payload. */
export async function indexEntry(tx: Tx, input: { id: string; kind: EntryKind; payload: AnyPayload; label: string }): Promise<void> {
  const doc = await buildDocument(tx, input.kind, input.id, input.payload, input.label);
  if (!doc) return;
  await tx.searchDocument.upsert({ where: { entryId: input.id }, create: { entryId: input.id, kind: input.kind, ...doc }, update: doc });
}

/**
 * Documents quote other entries: an event its people and countries, a mission its countries' names
 * and page, a person the roles of their events. When one of those is published anew, the entries
 * quoting it are indexed again from their own published payloads, so search never finds a
 * person under an old name or links to a country's old address.
 */
export async function reindexDependents(tx: Tx, input: { id: string; kind: EntryKind; payload: AnyPayload }): Promise<void> {
  const ids = input.kind === "EVENT" ? (input.payload as PayloadOf<"EVENT">).participants.map((p) => p.personId) : await publishedDependentIds(tx, input.kind, input.id);
  await reindexEntries(tx, ids);
}

/** Writes the search documents of these entries again from their published payloads (others are skipped). */
export async function reindexEntries(tx: Tx, ids: string[]): Promise<void> {
  const entries = ids.length ? await tx.entry.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: { id: true, kind: true, label: true, version: true } }) : [];
  if (!entries.length) return;
  const revisions = await tx.revision.findMany({
    where: { OR: entries.map((e) => ({ entryId: e.id, publishedVersion: e.version })), status: "PUBLISHED", action: "UPSERT" },
    select: { entryId: true, payload: true },
  });
  for (const entry of entries) {
    const revision = revisions.find((r) => r.entryId === entry.id);
    if (revision) await indexEntry(tx, { id: entry.id, kind: entry.kind, payload: revision.payload as AnyPayload, label: entry.label });
  }
}

/** Unpublished and deleted entries leave search. */
export async function unindexEntry(tx: Tx, id: string): Promise<void> {
  await tx.searchDocument.deleteMany({ where: { entryId: id } });
}
