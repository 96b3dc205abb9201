import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import hi from "i18n-iso-countries/langs/hi.json" with { type: "json" };
import ja from "i18n-iso-countries/langs/ja.json" with { type: "json" };
import kk from "i18n-iso-countries/langs/kk.json" with { type: "json" };
import ko from "i18n-iso-countries/langs/ko.json" with { type: "json" };
import mn from "i18n-iso-countries/langs/mn.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import tr from "i18n-iso-countries/langs/tr.json" with { type: "json" };
import uk from "i18n-iso-countries/langs/uk.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import worldCountries from "world-countries";

import { REGIONS } from "../kinds/country/schema.ts";
import { NameIndex, normalizeName, type Span } from "./name-index.ts";
import type { Dictionary } from "./sentence-dictionary.ts";

// Countries by any name: the atlas's own names and aliases first, then every name the reference
// data has (world-countries: common, official, native and translated names, alternative
// spellings, demonyms; i18n-iso-countries: CLDR names in the languages of the region and the
// main world languages), so "Монгол Улс", "Turkey" and "Czech Republic" are recognised.

/** A country the atlas has no entry for yet, as the reference dataset describes it. */
export type NewCountry = {
  name: string;
  officialName: string;
  iso2: string;
  iso3: string;
  isoNumeric: string | null;
  region: (typeof REGIONS)[number];
  subregion: string | null;
  capital: string | null;
};
export type CountryMention = { key: string; atlasId: string | null; name: string; fresh: NewCountry | null; span: Span; demonym: boolean };
type Ref = { key: string; demonym: boolean };

const CLDR = [en, mn, ru, zh, ja, ko, kk, uk, ar, hi, tr, fr, de, es].map((l) => l.countries as Record<string, string | string[]>);
// Demonyms of dependencies would mislead ("Indian" is also the British Indian Ocean Territory's).
const STATES_WITHOUT_UN_SEAT = new Set(["TW", "PS", "XK"]);
const regionOf = (r: string) => REGIONS.find((x) => x === r);

const reference = new Map(
  worldCountries.flatMap((c) => {
    const region = regionOf(c.region);
    if (!region) return [];
    const fresh: NewCountry = {
      name: c.name.common,
      officialName: c.name.official,
      iso2: c.cca2,
      iso3: c.cca3,
      isoNumeric: c.ccn3 || null,
      region,
      subregion: c.subregion || null,
      capital: c.capital?.[0] ?? null,
    };
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 2),
      ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
      ...Object.values(c.translations ?? {}).flatMap((n) => [n.common, n.official]),
      ...CLDR.flatMap((l) => l[c.cca2] ?? []),
    ];
    const demonyms = c.independent || STATES_WITHOUT_UN_SEAT.has(c.cca2) ? [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d) : [];
    return [[c.cca2, { fresh, names, demonyms: [...new Set([...demonyms, ...demonyms.map((d) => (/(ese|ss|sh|ch)$/.test(d) ? "" : `${d}s`))])].filter(Boolean) }]] as const;
  }),
);

export type CountryFinder = { find(text: string, blocked: Span[]): CountryMention[]; capitalOf(city: string): string | null; nameOf(key: string): string };

/** The finder for one dictionary: built once for each reading (the reference part is shared). */
export function countryFinder(dict: Dictionary): CountryFinder {
  const index = new NameIndex<Ref>();
  const info = new Map<string, { atlasId: string | null; name: string; fresh: NewCountry | null }>();
  for (const c of dict.countries) {
    info.set(c.id, { atlasId: c.id, name: c.name, fresh: null });
    for (const n of [c.name, ...c.aliases]) index.add(n, { key: c.id, demonym: false });
  }
  const byIso = new Map(dict.countries.filter((c) => c.iso2).map((c) => [c.iso2!, c.id]));
  const byName = new Map(dict.countries.map((c) => [normalizeName(c.name), c.id]));
  const capitals = new Map<string, string>();
  for (const [iso, r] of reference) {
    const key = byIso.get(iso) ?? byName.get(normalizeName(r.fresh.name)) ?? `iso:${iso}`;
    if (!info.has(key)) info.set(key, { atlasId: null, name: r.fresh.name, fresh: r.fresh });
    for (const n of r.names) index.add(n, { key, demonym: false });
    for (const d of r.demonyms) index.add(d, { key, demonym: true });
    if (r.fresh.capital) capitals.set(r.fresh.capital.toLowerCase(), key);
  }
  return {
    find(text, blocked) {
      return index.find(text, blocked).map(({ value, span }) => ({ ...info.get(value.key)!, key: value.key, span, demonym: value.demonym }));
    },
    capitalOf: (city) => capitals.get(city.toLowerCase()) ?? null,
    nameOf: (key) => info.get(key)?.name ?? key,
  };
}
