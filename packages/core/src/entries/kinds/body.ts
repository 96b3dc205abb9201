import type { TBodyPayload } from "../schemas/body.ts";
import { dateColumns } from "./dates.ts";
import { refs, type KindHandler } from "./types.ts";

export const bodyKind: KindHandler<"BODY"> = {
  kind: "BODY",
  idPrefix: "body",
  model: "body",
  isStatement: true,
  references: (p) => refs("COUNTRY", "countryIds", p.countryIds),
  unique: [{ fields: ["slug"], where: (p) => ({ slug: p.slug }) }],
  label: (p) => p.name,
  async apply(tx, id, p: TBodyPayload) {
    const founded = dateColumns(p.founded);
    const dissolved = dateColumns(p.dissolved);
    const data = {
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      description: p.description,
      foundedOn: founded.date,
      foundedPrecision: founded.precision,
      dissolvedOn: dissolved.date,
      dissolvedPrecision: dissolved.precision,
    };
    await tx.body.upsert({ where: { id }, create: { id, ...data }, update: data });
    await tx.bodyCountry.deleteMany({ where: { bodyId: id } });
    await tx.bodyCountry.createMany({ data: p.countryIds.map((countryId) => ({ bodyId: id, countryId })) });
  },
};
