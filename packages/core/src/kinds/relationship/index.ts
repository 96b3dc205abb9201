import { RelationshipStatus } from "@atlas/db/enums";

import { stripMarkers } from "../../citations/markers.ts";
import { dateColumns, ref } from "../columns.ts";
import { countryPage } from "../country/index.ts";
import type { Kind } from "../kind.ts";
import { disputeSection, MARKER_HINT, options, qualifiersSection, sourcesSection } from "../shared-form.ts";
import { RELATIONSHIP_STATUS_LABELS } from "./labels.ts";
import { ZRelationshipPayload } from "./schema.ts";

export const relationship: Kind<"RELATIONSHIP", typeof ZRelationshipPayload> = {
  kind: "RELATIONSHIP",
  names: { one: "relationship", title: "Relationship summary", hint: "The summary of relations with one country." },
  idPrefix: "rel",
  schema: ZRelationshipPayload,
  form: [
    {
      title: "The relationship",
      fields: [
        { name: "subjectId", label: "Country (the atlas's focus country)", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "counterpartId", label: "Counterpart", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "status", label: "Status", type: "select", options: options(RelationshipStatus, RELATIONSHIP_STATUS_LABELS) },
        { name: "established", label: "Diplomatic relations established", type: "date" },
        { name: "summary", label: "Summary", type: "markdown", required: true, hint: MARKER_HINT },
      ],
    },
    sourcesSection,
    {
      title: "Sources of the status",
      fields: [
        {
          name: "statusCitations",
          label: "Sources for the status and the date relations were established",
          type: "citations",
          hint: "The passages that say relations exist, are unofficial or were suspended, and since when. Without one, readers see the status marked unsourced.",
        },
      ],
    },
    disputeSection({ type: "select", options: options(RelationshipStatus, RELATIONSHIP_STATUS_LABELS) }),
    qualifiersSection,
  ],
  model: "relationship",
  statement: true,
  references: (p) => [...ref("COUNTRY", ["subjectId"], p.subjectId), ...ref("COUNTRY", ["counterpartId"], p.counterpartId)],
  unique: [{ fields: ["counterpartId"], where: (p) => ({ subjectId: p.subjectId, counterpartId: p.counterpartId }) }],
  label: (p, names) => `${names.get(p.subjectId) ?? p.subjectId} – ${names.get(p.counterpartId) ?? p.counterpartId} relations`,
  async write(tx, id, p) {
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
  links: [
    { to: "COUNTRY", table: "Relationship", column: "subjectId", owner: "id" },
    { to: "COUNTRY", table: "Relationship", column: "counterpartId", owner: "id" },
  ],
  quotedFields: [],
  search: {
    quotes: ({ payload }) => ({ countries: [payload.counterpartId] }),
    document: ({ label, payload }) => ({ title: label, body: stripMarkers(payload.summary) }),
  },
  shownOn: ({ payload }, q) => countryPage(payload.counterpartId, q),
  // The atlas is one country's: its relations are with that country, whatever a form sends.
  rules(p, { focusCountryId }) {
    const foreign = focusCountryId !== null && p.subjectId !== focusCountryId;
    return foreign ? [{ path: ["subjectId"], message: "A relationship is the focus country's: choose it as the country." }] : [];
  },
  disputable: { field: "status", label: (v) => RELATIONSHIP_STATUS_LABELS[v as RelationshipStatus] ?? v },
  citedFields: { statusCitations: "status" },
  route: null,
  tags: (p) => ({ countries: [p.subjectId, p.counterpartId], lists: ["countries"] }),
  exportSet: "relationships",
  seedFile: "relationships.json",
};
