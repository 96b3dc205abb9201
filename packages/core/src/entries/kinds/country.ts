import type { TCountryPayload } from "../schemas/country.ts";
import { ref, type KindHandler } from "./types.ts";

export const countryKind: KindHandler<"COUNTRY"> = {
  kind: "COUNTRY",
  idPrefix: "country",
  model: "country",
  isStatement: false,
  references: (p) => ref("COUNTRY", ["successorId"], p.successorId),
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["iso2"], where: (p) => (p.iso2 ? { iso2: p.iso2 } : null) },
    { fields: ["iso3"], where: (p) => (p.iso3 ? { iso3: p.iso3 } : null) },
    { fields: ["wikidataId"], where: (p) => (p.wikidataId ? { wikidataId: p.wikidataId } : null) },
  ],
  label: (p) => p.name,
  async apply(tx, id, p: TCountryPayload) {
    const { citations: _c, ...data } = p;
    await tx.country.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
