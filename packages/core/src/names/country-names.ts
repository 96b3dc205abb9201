import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import ja from "i18n-iso-countries/langs/ja.json" with { type: "json" };
import ko from "i18n-iso-countries/langs/ko.json" with { type: "json" };
import mn from "i18n-iso-countries/langs/mn.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };

// Countries' names in other languages, from the i18n-iso-countries package (CLDR-based): shown
// in the focus country's language on every page, and searchable in these languages, so that
// "Монгол", "Орос" or "中国" find Mongolia, Russia and China.
const LOCALES = [mn, ru, zh, ja, ko, fr, de, es];
for (const locale of LOCALES) countries.registerLocale(locale);

/** A country's name in a language ("Орос" for RU in "mn"); null for codes or languages it lacks. */
export function countryNameIn(iso2: string | null | undefined, language: string | null | undefined): string | null {
  if (!iso2 || !language) return null;
  return countries.getName(iso2, language.split("-")[0]!.toLowerCase()) ?? null;
}

/** Its names in every language search knows, without repeats. */
export function countryNamesElsewhere(iso2: string | null | undefined): string[] {
  if (!iso2) return [];
  return [...new Set(LOCALES.map((l) => countries.getName(iso2, l.locale)).filter((n): n is string => Boolean(n)))];
}

/** The name of a language in English ("Mongolian" for "mn"). */
export function languageName(language: string): string {
  return new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
}
