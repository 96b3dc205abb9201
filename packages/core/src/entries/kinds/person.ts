import type { TPersonPayload } from "../schemas/person.ts";
import { ref, type KindHandler } from "./types.ts";

export const personKind: KindHandler<"PERSON"> = {
  kind: "PERSON",
  idPrefix: "person",
  model: "person",
  isStatement: false,
  references: (p) => ref("COUNTRY", ["countryId"], p.countryId),
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["wikidataId"], where: (p) => (p.wikidataId ? { wikidataId: p.wikidataId } : null) },
  ],
  label: (p) => p.name,
  async apply(tx, id, p: TPersonPayload) {
    const { citations: _c, ...data } = p;
    await tx.person.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
