// citation-js ships no types; these are the parts the atlas uses (https://citation.js.org/api/0.7/).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang: string }): string;
    format(format: "bibtex" | "ris" | "data", options?: { format?: "text" | "string" | "object" }): string;
    readonly data: Record<string, unknown>[];
  }
  export const plugins: { config: { get(name: "@csl"): { templates: { add(name: string, xml: string): void; has(name: string): boolean } } } };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
