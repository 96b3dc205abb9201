const LINK = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-ink-300 bg-white hover:bg-ink-50 text-sky-800";
const DISABLED = "rounded-md px-3 py-1.5 text-sm text-ink-500 ring-1 ring-inset ring-ink-200";

function Step({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: string }) {
  return href ? (
    <a className={LINK} href={href} rel={rel}>
      {children}
    </a>
  ) : (
    <span className={DISABLED} aria-hidden="true">
      {children}
    </span>
  );
}

/**
 * Previous / next links of a list read by position (keyset): each link carries the cursor of the
 * row it continues from. Plain links, no client code.
 */
export function CursorPagination({
  previous,
  next,
  hrefFor,
  label = "Pages",
  summary,
  previousText = "← Previous",
  nextText = "Next →",
}: {
  previous: string | null;
  next: string | null;
  hrefFor: (position: { after?: string; before?: string }) => string;
  label?: string;
  summary?: string;
  previousText?: string;
  nextText?: string;
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4">
      <Step href={previous ? hrefFor({ before: previous }) : null} rel="prev">
        {previousText}
      </Step>
      {summary && <span className="text-sm text-ink-600">{summary}</span>}
      <Step href={next ? hrefFor({ after: next }) : null} rel="next">
        {nextText}
      </Step>
    </nav>
  );
}

/** Previous / next page links with the current position; plain links, no client code. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label = "Pages",
  previous = "← Previous",
  next = "Next →",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
  previous?: string;
  next?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4">
      <Step href={page > 1 ? hrefFor(page - 1) : null} rel="prev">
        {previous}
      </Step>
      <span className="text-sm text-ink-600">
        Page {page} of {pageCount}
      </span>
      <Step href={page < pageCount ? hrefFor(page + 1) : null} rel="next">
        {next}
      </Step>
    </nav>
  );
}
