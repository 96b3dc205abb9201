import type { TOrganizationPayload } from "../schemas/organization.ts";
import type { KindHandler } from "./types.ts";

export const organizationKind: KindHandler<"ORGANIZATION"> = {
  kind: "ORGANIZATION",
  idPrefix: "org",
  model: "organization",
  isStatement: false,
  references: () => [],
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["wikidataId"], where: (p) => (p.wikidataId ? { wikidataId: p.wikidataId } : null) },
  ],
  label: (p) => (p.acronym && p.acronym !== p.name ? `${p.name} (${p.acronym})` : p.name),
  async apply(tx, id, p: TOrganizationPayload) {
    const { citations: _c, ...data } = p;
    await tx.organization.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
