// @ts-expect-error -- citation-js ships no types; the part used is typed below (https://citation.js.org/api/0.7/).
import * as citationJs from "@citation-js/core";

import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";

import { CHICAGO_WEB_PAGE } from "./chicago-web-page.ts";

type CiteInstance = {
  format(format: "bibliography", options: { format: "text"; template: string; lang: string }): string;
  format(format: "bibtex" | "ris"): string;
};
const { Cite, plugins } = citationJs as {
  Cite: new (data: unknown) => CiteInstance;
  plugins: { config: { get(name: "@csl"): { templates: { add(name: string, xml: string): void; has(name: string): boolean } } } };
};

const csl = plugins.config.get("@csl");
if (!csl.templates.has("chicago-web-page")) csl.templates.add("chicago-web-page", CHICAGO_WEB_PAGE);

/** A page as reference managers take it, and as a reader pastes it into a bibliography. */
export type PageCitation = { url: string; apa: string; chicago: string; bibtex: string; ris: string; cslJson: string };

export type CitedPage = {
  /** The reference's key in BibTeX and RIS: letters, digits and underscores ("atlas_china_20261207"). */
  key: string;
  title: string;
  siteTitle: string;
  /** The permanent address of this version of the page. */
  url: string;
  /** When what the page shows was last published (null: not known). */
  modified: Date | null;
  /** The moment of the version cited. */
  version: Date;
};

const parts = (d: Date) => ({ "date-parts": [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

/**
 * "Cite this page" in the forms readers ask for: APA and Chicago to paste, BibTeX and RIS for
 * reference managers, CSL-JSON for anything else; all from one CSL item, by citation-js.
 */
export function citePage(page: CitedPage): PageCitation {
  const item = {
    id: page.key,
    "citation-key": page.key,
    type: "webpage",
    title: page.title,
    "container-title": page.siteTitle,
    URL: page.url,
    language: "en",
    ...(page.modified ? { issued: parts(page.modified) } : {}),
    accessed: parts(page.version),
  };
  const cite = new Cite([item]);
  // Reference managers keep the site as the publisher (BibTeX has no field for a web site's name);
  // in a bibliography entry it would only repeat the site's name.
  const forManagers = new Cite([{ ...item, publisher: page.siteTitle }]);
  const text = (template: string) => cite.format("bibliography", { format: "text", template, lang: "en-US" }).trim();
  return {
    url: page.url,
    apa: text("apa"),
    chicago: text("chicago-web-page"),
    bibtex: forManagers.format("bibtex").trim(),
    ris: forManagers.format("ris").trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}
