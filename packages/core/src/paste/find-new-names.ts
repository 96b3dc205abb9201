import countries from "world-countries";

import type { Named } from "./parse-sentence.ts";

/** A country the atlas has no entry for yet, as the reference dataset describes it. */
export type NewCountry = {
  name: string;
  officialName: string;
  iso2: string;
  iso3: string;
  isoNumeric: string | null;
  region: string;
  subregion: string | null;
  capital: string | null;
};

/** A person named after their title ("Indian Prime Minister Narendra Modi"). */
export type NewPerson = { name: string; role: string; countryName: string | null };

const REGIONS = new Set(["Africa", "Americas", "Asia", "Europe", "Oceania"]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (s: string) => new RegExp(`(?<![\\w])${escape(s)}(?![\\w])`);

/**
 * Countries a sentence names (by name or demonym: "Indian") that the atlas does not have yet.
 * Facts come from the `world-countries` dataset, never guessed; the reviewer checks them.
 */
export function findNewCountries(text: string, known: Named[]): NewCountry[] {
  const knownNames = new Set(known.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase()));
  const found: { country: NewCountry; index: number }[] = [];
  for (const c of countries) {
    // Sovereign states only: "Indian" is also the demonym of the British Indian Ocean Territory.
    if (!c.independent || !REGIONS.has(c.region) || knownNames.has(c.name.common.toLowerCase()) || knownNames.has(c.cca2.toLowerCase())) continue;
    const names = [c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((n): n is string => !!n && n.length >= 4);
    const index = Math.min(...names.map((n) => word(n).exec(text)?.index ?? Infinity));
    if (index === Infinity) continue;
    found.push({
      index,
      country: {
        name: c.name.common,
        officialName: c.name.official,
        iso2: c.cca2,
        iso3: c.cca3,
        isoNumeric: c.ccn3 || null,
        region: c.region,
        subregion: c.subregion || null,
        capital: c.capital?.[0] ?? null,
      },
    });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.country);
}

const TITLES = "Prime Minister|Foreign Minister|Vice President|President|Premier|Chancellor|King|Queen|Emperor|Secretary of State|Minister of [A-Z][a-z]+|Ambassador";
const PERSON = new RegExp(`\\b((?:([A-Z][a-z]+)\\s+)?(?:${TITLES}))\\s+((?:[A-Z][a-z'’-]+\\s+){1,3}[A-Z][a-z'’-]+)`, "g");

/** People a sentence introduces by title and name, unknown to the atlas (known ones are linked instead). */
export function findNewPeople(text: string, known: Named[]): NewPerson[] {
  const knownNames = known.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase());
  const people: NewPerson[] = [];
  for (const m of text.matchAll(PERSON)) {
    const name = m[3]!.trim();
    if (knownNames.some((k) => k.includes(name.toLowerCase()) || name.toLowerCase().includes(k))) continue;
    const adjective = m[2] ?? null;
    const country = adjective ? countries.find((c) => c.demonyms?.eng?.m === adjective || c.demonyms?.eng?.f === adjective) : undefined;
    people.push({ name, role: m[1]!.trim(), countryName: country?.name.common ?? null });
  }
  return people;
}
