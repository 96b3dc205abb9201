import { stripMarkers } from "../../citations/markers.ts";
import { countryNamesElsewhere } from "../../names/country-names.ts";
import type { PageRef } from "../../routes.ts";
import { joinText, ref } from "../columns.ts";
import type { Kind, Quoted } from "../kind.ts";
import { countryForm } from "./form.ts";
import { ZCountryPayload } from "./schema.ts";

/** The page that shows a country's statements: the home page for the focus country (or none known). */
export const countryPage = (id: string | null | undefined, q: Quoted, anchor?: string): PageRef => {
  const c = id && id !== q.focusId ? q.countries.get(id) : undefined;
  return c ? { route: "country", slug: c.slug, ...(anchor ? { anchor } : {}) } : { route: "home", ...(anchor ? { anchor } : {}) };
};

export const country: Kind<"COUNTRY", typeof ZCountryPayload> = {
  kind: "COUNTRY",
  names: { one: "country", title: "Country", hint: "A state or historical polity." },
  idPrefix: "country",
  schema: ZCountryPayload,
  form: countryForm,
  model: "country",
  statement: false,
  references: (p) => ref("COUNTRY", ["successorId"], p.successorId),
  identity: ["name", "officialName", "iso2", "iso3", "aliases"],
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["iso2"], where: (p) => (p.iso2 ? { iso2: p.iso2 } : null) },
    { fields: ["iso3"], where: (p) => (p.iso3 ? { iso3: p.iso3 } : null) },
    { fields: ["wikidataId"], where: (p) => (p.wikidataId ? { wikidataId: p.wikidataId } : null) },
  ],
  label: (p) => p.name,
  async write(tx, id, p) {
    const { citations: _c, ...data } = p;
    await tx.country.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
  links: [{ to: "COUNTRY", table: "Country", column: "successorId", owner: "id" }],
  quotedFields: ["name", "slug", "aliases"],
  search: {
    quotes: () => ({}),
    document: ({ payload: p }) => ({
      title: p.name,
      body: joinText(p.officialName, p.aliases.join(", "), countryNamesElsewhere(p.iso2).join(", "), p.capital, p.subregion, p.summary && stripMarkers(p.summary)),
    }),
  },
  shownOn: ({ id, payload }, q) => (id === q.focusId ? { route: "home" } : { route: "country", slug: payload.slug }),
  route: "country",
  tags: () => ({ lists: ["countries"], everywhere: true }),
  exportSet: "countries",
  seedFile: "countries.json",
};
