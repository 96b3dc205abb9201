import { joinText, ref } from "../columns.ts";
import { countryPage } from "../country/index.ts";
import type { Kind } from "../kind.ts";
import { disputeSection, qualifiersSection, sourcesSection } from "../shared-form.ts";
import { ZFactPayload } from "./schema.ts";

export const fact: Kind<"FACT", typeof ZFactPayload> = {
  kind: "FACT",
  names: { one: "fact", title: "Quantified fact", hint: "A figure with its unit, year and attribution." },
  idPrefix: "fact",
  schema: ZFactPayload,
  form: [
    {
      title: "The figure",
      fields: [
        { name: "subject", label: "What is measured", type: "text", required: true, hint: "For example “Share of Mongolian exports going to China”." },
        { name: "value", label: "Value", type: "decimal", required: true },
        { name: "valueHigh", label: "Upper bound (for a range)", type: "decimal" },
        { name: "unit", label: "Unit", type: "text", required: true, hint: "For example “%” or “people per month”." },
        { name: "approximate", label: "Approximate (“about”)", type: "checkbox" },
        { name: "year", label: "Year", type: "year" },
        { name: "countryId", label: "Country it concerns", type: "picker", entryKind: "COUNTRY" },
        { name: "organizationId", label: "Organisation it concerns", type: "picker", entryKind: "ORGANIZATION" },
      ],
    },
    sourcesSection,
    disputeSection({ type: "decimal" }),
    qualifiersSection,
  ],
  model: "fact",
  statement: true,
  references: (p) => [...ref("COUNTRY", ["countryId"], p.countryId), ...ref("ORGANIZATION", ["organizationId"], p.organizationId)],
  unique: [],
  label: (p) => p.subject,
  async write(tx, id, p) {
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
  links: [
    { to: "COUNTRY", table: "Fact", column: "countryId", owner: "id" },
    { to: "ORGANIZATION", table: "Fact", column: "organizationId", owner: "id" },
  ],
  quotedFields: [],
  search: {
    quotes: ({ payload }) => ({ countries: [payload.countryId] }),
    document: ({ payload: p }, q) => ({
      title: p.subject,
      body: joinText(
        `${p.value}${p.valueHigh ? `–${p.valueHigh}` : ""} ${p.unit}`,
        p.year ? String(p.year) : null,
        p.attribution,
        p.certainty === "ESTIMATE" && "estimate",
        p.countryId ? q.countries.get(p.countryId)?.name : null,
      ),
    }),
  },
  shownOn: ({ id, payload }, q) => countryPage(payload.countryId, q, `fact-${id}`),
  disputable: { field: "value", label: (v) => v },
  route: null,
  tags: (p) => ({ countries: [p.countryId], organizations: [p.organizationId] }),
  exportSet: "facts",
  seedFile: "facts.json",
};
