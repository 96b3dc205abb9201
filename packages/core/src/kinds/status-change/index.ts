import { RelationshipStage } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../../dates/fuzzy-date.ts";
import { dateColumns, joinText, ref } from "../columns.ts";
import { countryPage } from "../country/index.ts";
import type { Kind } from "../kind.ts";
import { options, qualifiersSection, sourcesSection } from "../shared-form.ts";
import { RELATIONSHIP_STAGE_LABELS } from "./labels.ts";
import { ZStatusChangePayload } from "./schema.ts";

const when = (date: string) => {
  const parsed = parseFuzzyDate(date);
  return "error" in parsed ? date : formatFuzzyDate(parsed.date, parsed.precision);
};

/** A dated step of the focus country's relations with one counterpart, with its sources. */
export const statusChange: Kind<"STATUS_CHANGE", typeof ZStatusChangePayload> = {
  kind: "STATUS_CHANGE",
  names: { one: "status change", title: "Status change", hint: "A dated step in relations: established, suspended, restored, a strategic partnership…" },
  idPrefix: "status",
  schema: ZStatusChangePayload,
  form: [
    {
      title: "The step",
      fields: [
        { name: "counterpartId", label: "Relations with", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "stage", label: "What happened", type: "select", options: options(RelationshipStage, RELATIONSHIP_STAGE_LABELS), required: true },
        { name: "date", label: "When", type: "date", required: true },
        {
          name: "note",
          label: "In the source's words",
          type: "text",
          hint: "The source’s own words, when the step’s name says less (“a joint announcement regarding a strategic alliance”). Copied exactly: pages show it in quotation marks.",
        },
      ],
    },
    sourcesSection,
    qualifiersSection,
  ],
  model: "statusChange",
  statement: true,
  references: (p) => ref("COUNTRY", ["counterpartId"], p.counterpartId),
  unique: [],
  label: (p, names) => `${names.get(p.counterpartId) ?? p.counterpartId}: ${RELATIONSHIP_STAGE_LABELS[p.stage].toLowerCase()}, ${when(p.date)}`,
  async write(tx, id, p) {
    const date = dateColumns(p.date);
    const data = { counterpartId: p.counterpartId, stage: p.stage, date: date.date!, datePrecision: date.precision!, note: p.note };
    await tx.statusChange.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
  links: [{ to: "COUNTRY", table: "StatusChange", column: "counterpartId", owner: "id" }],
  quotedFields: [],
  search: {
    quotes: ({ payload }) => ({ countries: [payload.counterpartId] }),
    document: ({ label, payload: p }, q) => ({ title: label, body: joinText(p.note, q.countries.get(p.counterpartId)?.name) }),
  },
  shownOn: ({ id, payload }, q) => countryPage(payload.counterpartId, q, `status-${id}`),
  // Relations are the focus country's, with another country.
  rules(p, { focusCountryId }) {
    return focusCountryId !== null && p.counterpartId === focusCountryId
      ? [{ path: ["counterpartId"], message: "Choose the other country: these are the focus country's relations with it." }]
      : [];
  },
  route: null,
  tags: (p) => ({ countries: [p.counterpartId], lists: ["countries"] }),
  exportSet: "statuses",
  seedFile: "statuses.json",
};
