import type { EntryKind } from "@atlas/db/enums";
import { BodyKind, Certainty, EventType, MembershipStatus, MissionType, OrganizationKind, PolityKind, RelationshipStatus, SourceKind } from "@atlas/db/enums";
import {
  CERTAINTY_LABELS,
  EVENT_TYPE_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  MISSION_TYPE_LABELS,
  ORGANIZATION_KIND_LABELS,
  POLITY_KIND_LABELS,
  RELATIONSHIP_STATUS_LABELS,
} from "@atlas/core/labels";
import { REGIONS } from "@atlas/core/schemas";

export type Option = [value: string, label: string];

// Lengths are not here: the form reads them off the payload schema (fieldLimits), the one the
// server checks with.
export type FieldSpec = { name: string; label: string; hint?: string; required?: boolean } & (
  | { type: "text"; placeholder?: string }
  | { type: "slug"; from: string }
  | { type: "textarea" }
  | { type: "markdown" }
  | { type: "select"; options: Option[]; allowEmpty?: boolean }
  | { type: "date" }
  | { type: "day" }
  | { type: "year" }
  | { type: "decimal" }
  | { type: "checkbox" }
  | { type: "picker"; entryKind: EntryKind }
  | { type: "multi-picker"; entryKind: EntryKind }
  | { type: "string-list" }
  | { type: "citations" }
  | { type: "participants" }
  | { type: "excerpts" }
);

export type Section = { title: string; fields: FieldSpec[] };

const opts = (values: Record<string, string>, labels: Record<string, string> = {}): Option[] =>
  Object.values(values).map((v) => [v, labels[v] ?? v.toLowerCase().replaceAll("_", " ")]);
const cap = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v[0]!.toUpperCase() + v.slice(1)]));

const sources: Section = {
  title: "Sources",
  fields: [{ name: "citations", label: "Sources", type: "citations", hint: "Every published statement cites at least one source; point at the exact passage where you can." }],
};
const qualifiers: Section = {
  title: "How firm is it?",
  fields: [
    { name: "certainty", label: "Certainty", type: "select", options: opts(Certainty, CERTAINTY_LABELS) },
    {
      name: "attribution",
      label: "Attributed to",
      type: "text",
      hint: "Who makes the claim or estimate (“One scholar”). Leave empty when the sources state it plainly.",
    },
    { name: "official", label: "Official (clear this for unofficial statements or acts)", type: "checkbox" },
  ],
};
const slug = (from: string): FieldSpec => ({
  name: "slug",
  label: "Slug (in the page address)",
  type: "slug",
  from,
  required: true,
  hint: "Lower-case words joined by hyphens. Filled in from the name; change it if you need to.",
});

/** The form of each kind: sections of fields in reading order. */
export const FORMS: Record<EntryKind, Section[]> = {
  EVENT: [
    {
      title: "What happened",
      fields: [
        { name: "title", label: "Title", type: "text", required: true },
        slug("title"),
        { name: "type", label: "Type", type: "select", options: opts(EventType, EVENT_TYPE_LABELS), required: true },
        { name: "description", label: "Description", type: "markdown", required: true, hint: "Markdown: *emphasis*, [links](https://…), lists." },
      ],
    },
    {
      title: "When and where",
      fields: [
        { name: "start", label: "Date", type: "date", required: true, hint: "As precisely as the sources give it: a day, a month, a season, a year or a decade." },
        { name: "end", label: "End date", type: "date", hint: "Only for events that lasted." },
        { name: "place", label: "Place", type: "text", placeholder: "Ulaanbaatar" },
        { name: "placeCountryId", label: "Country of the place", type: "picker", entryKind: "COUNTRY" },
      ],
    },
    {
      title: "Who was involved",
      fields: [
        { name: "countryIds", label: "Countries involved", type: "multi-picker", entryKind: "COUNTRY", required: true },
        { name: "participants", label: "People and their roles at the time", type: "participants" },
        { name: "organizationIds", label: "Organisations", type: "multi-picker", entryKind: "ORGANIZATION" },
      ],
    },
    sources,
    qualifiers,
  ],
  RELATIONSHIP: [
    {
      title: "The relationship",
      fields: [
        { name: "subjectId", label: "Country (the atlas's focus country)", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "counterpartId", label: "Counterpart", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "status", label: "Status", type: "select", options: opts(RelationshipStatus, RELATIONSHIP_STATUS_LABELS) },
        { name: "established", label: "Diplomatic relations established", type: "date" },
        { name: "summary", label: "Summary", type: "markdown", required: true },
      ],
    },
    sources,
    qualifiers,
  ],
  MISSION: [
    {
      title: "The mission",
      fields: [
        { name: "type", label: "Type", type: "select", options: opts(MissionType, MISSION_TYPE_LABELS), required: true },
        { name: "senderId", label: "Country it represents", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "hostId", label: "Host country", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "city", label: "City", type: "text", required: true },
        { name: "name", label: "Name", type: "text", hint: "Only if it has a name of its own." },
        { name: "opened", label: "Opened", type: "date" },
        { name: "closed", label: "Closed", type: "date" },
      ],
    },
    sources,
    qualifiers,
  ],
  MEMBERSHIP: [
    {
      title: "The membership",
      fields: [
        { name: "countryId", label: "Country", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "organizationId", label: "Organisation", type: "picker", entryKind: "ORGANIZATION", required: true },
        { name: "status", label: "Status", type: "select", options: opts(MembershipStatus, cap(MEMBERSHIP_STATUS_LABELS)), required: true },
        { name: "since", label: "Since", type: "date" },
        { name: "until", label: "Until", type: "date" },
        { name: "note", label: "Note", type: "text" },
      ],
    },
    sources,
    qualifiers,
  ],
  FACT: [
    {
      title: "The figure",
      fields: [
        { name: "subject", label: "What is measured", type: "text", required: true, placeholder: "Share of Mongolian exports going to China" },
        { name: "value", label: "Value", type: "decimal", required: true },
        { name: "valueHigh", label: "Upper bound (for a range)", type: "decimal" },
        { name: "unit", label: "Unit", type: "text", required: true, placeholder: "% or people per month" },
        { name: "approximate", label: "Approximate (“about”)", type: "checkbox" },
        { name: "year", label: "Year", type: "year" },
        { name: "countryId", label: "Country it concerns", type: "picker", entryKind: "COUNTRY" },
        { name: "organizationId", label: "Organisation it concerns", type: "picker", entryKind: "ORGANIZATION" },
      ],
    },
    sources,
    qualifiers,
  ],
  BODY: [
    {
      title: "The body",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slug("name"),
        { name: "kind", label: "Kind", type: "select", options: opts(BodyKind) },
        { name: "founded", label: "Founded", type: "date" },
        { name: "dissolved", label: "Dissolved", type: "date" },
        { name: "countryIds", label: "Countries", type: "multi-picker", entryKind: "COUNTRY" },
        { name: "description", label: "Description", type: "markdown" },
      ],
    },
    sources,
    qualifiers,
  ],
  COUNTRY: [
    {
      title: "The country",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slug("name"),
        { name: "officialName", label: "Official name", type: "text" },
        { name: "kind", label: "Kind", type: "select", options: opts(PolityKind, POLITY_KIND_LABELS) },
        { name: "region", label: "Region", type: "select", options: REGIONS.map((r) => [r, r]), required: true, allowEmpty: true },
        { name: "subregion", label: "Subregion", type: "text", placeholder: "Eastern Asia" },
        { name: "capital", label: "Capital", type: "text" },
        { name: "aliases", label: "Other names", type: "string-list", hint: "Names used in sources (“ROC”, “U.S.”): they also help recognise pasted sentences." },
      ],
    },
    {
      title: "Identifiers and history",
      fields: [
        { name: "iso2", label: "ISO 3166 alpha-2", type: "text" },
        { name: "iso3", label: "ISO 3166 alpha-3", type: "text" },
        { name: "isoNumeric", label: "ISO 3166 numeric", type: "text", hint: "Places the country on the map." },
        { name: "formerIsoCode", label: "ISO 3166-3 (dissolved states)", type: "text" },
        { name: "wikidataId", label: "Wikidata ID", type: "text", placeholder: "Q711" },
        { name: "existedFrom", label: "Existed from (year)", type: "year" },
        { name: "existedUntil", label: "Existed until (year)", type: "year" },
        { name: "successorId", label: "Succeeded by", type: "picker", entryKind: "COUNTRY" },
      ],
    },
    { title: "Overview", fields: [{ name: "summary", label: "Summary", type: "markdown", hint: "For the focus country, the overview on the home page." }] },
    { title: "Sources", fields: [{ name: "citations", label: "Sources", type: "citations" }] },
  ],
  ORGANIZATION: [
    {
      title: "The organisation",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slug("name"),
        { name: "acronym", label: "Acronym", type: "text" },
        { name: "aliases", label: "Other abbreviations", type: "string-list" },
        { name: "kind", label: "Kind", type: "select", options: opts(OrganizationKind, ORGANIZATION_KIND_LABELS) },
        { name: "foundedYear", label: "Founded (year)", type: "year" },
        { name: "dissolvedYear", label: "Dissolved (year)", type: "year" },
        { name: "headquarters", label: "Headquarters", type: "text" },
        { name: "url", label: "Web address", type: "text", placeholder: "https://" },
        { name: "wikidataId", label: "Wikidata ID", type: "text" },
        { name: "description", label: "Description", type: "markdown" },
      ],
    },
    { title: "Sources", fields: [{ name: "citations", label: "Sources", type: "citations" }] },
  ],
  PERSON: [
    {
      title: "The person",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slug("name"),
        { name: "aliases", label: "Other names", type: "string-list", hint: "Surnames and spellings used in sources (“Putin”)." },
        { name: "countryId", label: "Country", type: "picker", entryKind: "COUNTRY" },
        { name: "bornYear", label: "Born (year)", type: "year" },
        { name: "diedYear", label: "Died (year)", type: "year" },
        { name: "wikidataId", label: "Wikidata ID", type: "text" },
        { name: "description", label: "Description", type: "markdown" },
      ],
    },
    { title: "Sources", fields: [{ name: "citations", label: "Sources", type: "citations" }] },
  ],
  SOURCE: [
    {
      title: "The source",
      fields: [
        { name: "title", label: "Title", type: "text", required: true },
        slug("title"),
        { name: "kind", label: "Kind", type: "select", options: opts(SourceKind) },
        { name: "marker", label: "Reference number", type: "text", hint: "The number sources cite it by, like 24 for [24]." },
        { name: "author", label: "Author", type: "text" },
        { name: "publisher", label: "Publisher", type: "text" },
        { name: "url", label: "Web address", type: "text", placeholder: "https://" },
        { name: "publishedOn", label: "Published on", type: "day" },
        { name: "accessedOn", label: "Accessed on", type: "day" },
        { name: "note", label: "Note", type: "textarea" },
      ],
    },
    { title: "Passages", fields: [{ name: "excerpts", label: "Excerpts, word for word", type: "excerpts" }] },
  ],
};

const QUALIFIER_DEFAULTS = { official: true, certainty: "STATED", attribution: "" };

/** A new, empty payload of each kind, as the form starts it. */
export function emptyPayload(kind: EntryKind): Record<string, unknown> {
  const base: Record<string, unknown> = {};
  for (const section of FORMS[kind]) {
    for (const f of section.fields) {
      base[f.name] = ["multi-picker", "string-list", "citations", "participants", "excerpts"].includes(f.type)
        ? []
        : f.type === "checkbox"
          ? false
          : f.type === "select" && !f.allowEmpty
            ? f.options[0]![0]
            : "";
    }
  }
  if ("official" in base) Object.assign(base, QUALIFIER_DEFAULTS);
  return base;
}

export const KIND_TITLES: Record<EntryKind, string> = {
  EVENT: "Event",
  RELATIONSHIP: "Relationship summary",
  MISSION: "Diplomatic mission",
  MEMBERSHIP: "Membership",
  FACT: "Quantified fact",
  BODY: "Non-state body",
  COUNTRY: "Country",
  ORGANIZATION: "Organisation",
  PERSON: "Person",
  SOURCE: "Source",
};
