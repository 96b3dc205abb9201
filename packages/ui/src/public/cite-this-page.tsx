import type { PageCitation } from "@atlas/core/public";

const FILES: { label: string; name: string; ext: string; type: string; of: (c: PageCitation) => string }[] = [
  { label: "BibTeX", name: "BibTeX", ext: "bib", type: "application/x-bibtex", of: (c) => c.bibtex },
  { label: "RIS", name: "RIS (EndNote, Zotero, Mendeley)", ext: "ris", type: "application/x-research-info-systems", of: (c) => c.ris },
  { label: "CSL-JSON", name: "CSL-JSON", ext: "json", type: "application/vnd.citationstyles.csl+json", of: (c) => c.cslJson },
];

const download = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/**
 * "Cite this page": the address of this version of the page, which will always show what it
 * shows now, and the reference ready to paste or to import. Server-rendered: no script.
 */
export function CiteThisPage({ citation, file, className = "", level = 2 }: { citation: PageCitation; file: string; className?: string; level?: 2 | 3 }) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="cite-this-page" className={`cite-this-page text-xs text-ink-700 ${className}`}>
      <H id="cite-this-page" className="font-medium text-ink-800">
        Cite this page
      </H>
      <p className="mt-1">
        This version, which will not change:{" "}
        <a href={citation.url} className="break-all text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
          {citation.url}
        </a>
      </p>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-medium text-ink-800">APA</dt>
          <dd className="break-words select-all" data-format="apa">
            {citation.apa}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-ink-800">Chicago</dt>
          <dd className="break-words select-all" data-format="chicago">
            {citation.chicago}
          </dd>
        </div>
      </dl>
      {FILES.map((f) => (
        <details key={f.ext} className="print-hidden mt-2">
          <summary className="cursor-pointer py-1 font-medium text-sky-800">{f.name}</summary>
          <pre className="mt-1 overflow-x-auto rounded bg-ink-100 p-2 font-mono text-[0.7rem] whitespace-pre-wrap select-all" data-format={f.ext}>
            {f.of(citation)}
          </pre>
          <a href={download(f.type, f.of(citation))} download={`${file}.${f.ext}`} className="mt-1 inline-block py-1 text-sky-700 hover:underline">
            Download {f.label} ({file}.{f.ext})
          </a>
        </details>
      ))}
    </section>
  );
}
