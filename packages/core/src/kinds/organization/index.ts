import { OrganizationKind } from "@atlas/db/enums";

import { joinText } from "../columns.ts";
import type { Kind } from "../kind.ts";
import { entitySourcesSection, options, slugField } from "../shared-form.ts";
import { ORGANIZATION_KIND_LABELS } from "./labels.ts";
import { ZOrganizationPayload } from "./schema.ts";

export const organization: Kind<"ORGANIZATION", typeof ZOrganizationPayload> = {
  kind: "ORGANIZATION",
  names: { one: "organisation", title: "Organisation", hint: "An international organisation." },
  idPrefix: "org",
  schema: ZOrganizationPayload,
  form: [
    {
      title: "The organisation",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slugField("name"),
        { name: "acronym", label: "Acronym", type: "text" },
        { name: "aliases", label: "Other abbreviations", type: "string-list" },
        { name: "kind", label: "Kind", type: "select", options: options(OrganizationKind, ORGANIZATION_KIND_LABELS) },
        { name: "foundedYear", label: "Founded (year)", type: "year" },
        { name: "dissolvedYear", label: "Dissolved (year)", type: "year" },
        { name: "headquarters", label: "Headquarters", type: "text" },
        { name: "url", label: "Web address", type: "text", hint: "The full address, starting with https://." },
        { name: "wikidataId", label: "Wikidata ID", type: "text" },
        { name: "description", label: "Description", type: "markdown" },
      ],
    },
    entitySourcesSection,
  ],
  model: "organization",
  statement: false,
  references: () => [],
  identity: ["name", "acronym", "url", "aliases"],
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["wikidataId"], where: (p) => (p.wikidataId ? { wikidataId: p.wikidataId } : null) },
  ],
  label: (p) => (p.acronym && p.acronym !== p.name ? `${p.name} (${p.acronym})` : p.name),
  async write(tx, id, p) {
    const { citations: _c, ...data } = p;
    await tx.organization.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
  links: [],
  quotedFields: ["name", "acronym", "slug", "aliases"],
  search: {
    quotes: () => ({}),
    document: ({ label, payload: p }) => ({ title: label, body: joinText(p.aliases.join(", "), p.headquarters, p.description) }),
  },
  shownOn: ({ payload }) => ({ route: "organization", slug: payload.slug }),
  route: "organization",
  tags: () => ({ lists: ["organizations"], everywhere: true }),
  exportSet: "organizations",
  seedFile: "organizations.json",
};
