import type { TFactPayload } from "../schemas/fact.ts";
import { ref, type KindHandler } from "./types.ts";

export const factKind: KindHandler<"FACT"> = {
  kind: "FACT",
  idPrefix: "fact",
  model: "fact",
  isStatement: true,
  references: (p) => [...ref("COUNTRY", ["countryId"], p.countryId), ...ref("ORGANIZATION", ["organizationId"], p.organizationId)],
  unique: [],
  label: (p) => p.subject,
  async apply(tx, id, p: TFactPayload) {
    const data = {
      subject: p.subject,
      value: p.value,
      valueHigh: p.valueHigh,
      unit: p.unit,
      approximate: p.approximate,
      year: p.year,
      countryId: p.countryId,
      organizationId: p.organizationId,
    };
    await tx.fact.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
