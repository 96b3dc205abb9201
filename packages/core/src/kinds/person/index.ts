import { joinText, ref } from "../columns.ts";
import type { Kind } from "../kind.ts";
import { entitySourcesSection, slugField } from "../shared-form.ts";
import { ZPersonPayload } from "./schema.ts";

export const person: Kind<"PERSON", typeof ZPersonPayload> = {
  kind: "PERSON",
  names: { one: "person", title: "Person", hint: "Someone who appears in events." },
  idPrefix: "person",
  schema: ZPersonPayload,
  form: [
    {
      title: "The person",
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        slugField("name"),
        { name: "aliases", label: "Other names", type: "string-list", hint: "Surnames and spellings used in sources (“Putin”)." },
        { name: "countryId", label: "Country", type: "picker", entryKind: "COUNTRY" },
        { name: "bornYear", label: "Born (year)", type: "year" },
        { name: "diedYear", label: "Died (year)", type: "year" },
        { name: "wikidataId", label: "Wikidata ID", type: "text" },
        { name: "description", label: "Description", type: "markdown" },
      ],
    },
    entitySourcesSection,
  ],
  model: "person",
  statement: false,
  references: (p) => ref("COUNTRY", ["countryId"], p.countryId),
  identity: ["name", "aliases"],
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["wikidataId"], where: (p) => (p.wikidataId ? { wikidataId: p.wikidataId } : null) },
  ],
  label: (p) => p.name,
  async write(tx, id, p) {
    const { citations: _c, ...data } = p;
    await tx.person.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
  links: [{ to: "COUNTRY", table: "Person", column: "countryId", owner: "id" }],
  quotedFields: ["name", "aliases"],
  search: {
    quotes: () => ({ roles: true }),
    // People are found by the roles they held too ("U.S. Vice President").
    document: ({ id, payload: p }, q) => ({ title: p.name, body: joinText(p.aliases.join(", "), p.description, (q.roles.get(id) ?? []).join("; ")) }),
  },
  shownOn: ({ payload }) => ({ route: "person", slug: payload.slug }),
  route: "person",
  tags: (p) => ({ countries: [p.countryId], lists: ["people"], everywhere: true }),
  exportSet: "people",
  seedFile: "people.json",
};
