import { BodyKind } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../../dates/fuzzy-date.ts";
import { dateColumns, joinText, refs } from "../columns.ts";
import { countryPage } from "../country/index.ts";
import type { Kind } from "../kind.ts";
import { options, qualifiersSection, slugField, sourcesSection } from "../shared-form.ts";
import { ZBodyPayload } from "./schema.ts";

const dateText = (v: string | null) => {
  const p = v ? parseFuzzyDate(v) : null;
  return p && !("error" in p) ? formatFuzzyDate(p.date, p.precision) : v;
};

export const body: Kind<"BODY", typeof ZBodyPayload> = {
  kind: "BODY",
  names: { one: "body", title: "Non-state body", hint: "A society, company or other non-state body." },
  idPrefix: "body",
  schema: ZBodyPayload,
  form: [
    {
      title: "The body",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slugField("name"),
        { name: "kind", label: "Kind", type: "select", options: options(BodyKind) },
        { name: "founded", label: "Founded", type: "date" },
        { name: "dissolved", label: "Dissolved", type: "date" },
        { name: "countryIds", label: "Countries", type: "multi-picker", entryKind: "COUNTRY" },
        { name: "description", label: "Description", type: "markdown" },
      ],
    },
    sourcesSection,
    qualifiersSection,
  ],
  model: "body",
  statement: true,
  references: (p) => refs("COUNTRY", "countryIds", p.countryIds),
  identity: ["name"],
  unique: [{ fields: ["slug"], where: (p) => ({ slug: p.slug }) }],
  label: (p) => p.name,
  async write(tx, id, p) {
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
  links: [{ to: "COUNTRY", table: "BodyCountry", column: "countryId", owner: "bodyId" }],
  quotedFields: [],
  search: {
    quotes: ({ payload }) => ({ countries: payload.countryIds }),
    document: ({ payload: p }) => ({ title: p.name, body: joinText(p.description, p.dissolved && `dissolved ${dateText(p.dissolved)}`) }),
  },
  shownOn: ({ payload }, q) =>
    countryPage(
      payload.countryIds.find((x) => x !== q.focusId),
      q,
      "bodies",
    ),
  route: null,
  tags: (p) => ({ countries: p.countryIds }),
  exportSet: "bodies",
  seedFile: "bodies.json",
};
