import type { TRelationshipPayload } from "../schemas/relationship.ts";
import { dateColumns } from "./dates.ts";
import { ref, type KindHandler } from "./types.ts";

export const relationshipKind: KindHandler<"RELATIONSHIP"> = {
  kind: "RELATIONSHIP",
  idPrefix: "rel",
  model: "relationship",
  isStatement: true,
  references: (p) => [...ref("COUNTRY", ["subjectId"], p.subjectId), ...ref("COUNTRY", ["counterpartId"], p.counterpartId)],
  unique: [{ fields: ["counterpartId"], where: (p) => ({ subjectId: p.subjectId, counterpartId: p.counterpartId }) }],
  label: (p, names) => `${names.get(p.subjectId) ?? p.subjectId} – ${names.get(p.counterpartId) ?? p.counterpartId} relations`,
  async apply(tx, id, p: TRelationshipPayload) {
    const established = dateColumns(p.established);
    const data = {
      subjectId: p.subjectId,
      counterpartId: p.counterpartId,
      status: p.status,
      summary: p.summary,
      establishedOn: established.date,
      establishedPrecision: established.precision,
    };
    await tx.relationship.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
