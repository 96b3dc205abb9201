import { PolityKind } from "@atlas/db/enums";

import type { FormSection } from "../kind.ts";
import { entitySourcesSection, MARKER_HINT, options, slugField } from "../shared-form.ts";
import { POLITY_KIND_LABELS } from "./labels.ts";
import { REGIONS } from "./schema.ts";

export const countryForm: FormSection[] = [
  {
    title: "The country",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "takesArticle", label: "Say “the” before the name in running text (the United States)", type: "checkbox" },
      slugField("name"),
      { name: "officialName", label: "Official name", type: "text" },
      { name: "kind", label: "Kind", type: "select", options: options(PolityKind, POLITY_KIND_LABELS) },
      { name: "region", label: "Region", type: "select", options: REGIONS.map((r) => [r, r]), required: true, allowEmpty: true },
      { name: "subregion", label: "Subregion", type: "text", hint: "As the UN geoscheme names it, for example “Eastern Asia”." },
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
      { name: "wikidataId", label: "Wikidata ID", type: "text", hint: "The Q-number of its Wikidata item (Mongolia's is Q711)." },
      { name: "existedFrom", label: "Existed from (year)", type: "year" },
      { name: "existedUntil", label: "Existed until (year)", type: "year" },
      { name: "successorId", label: "Succeeded by", type: "picker", entryKind: "COUNTRY" },
    ],
  },
  { title: "Overview", fields: [{ name: "summary", label: "Summary", type: "markdown", hint: `For the focus country, the overview on the home page. ${MARKER_HINT}` }] },
  entitySourcesSection,
];
