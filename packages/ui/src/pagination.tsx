import { cn } from "./cn.ts";

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
  const link = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-ink-300 bg-white hover:bg-ink-50 text-sky-800";
  const disabled = "rounded-md px-3 py-1.5 text-sm text-ink-500 ring-1 ring-inset ring-ink-200";
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <a className={link} href={hrefFor(page - 1)} rel="prev">
          {previous}
        </a>
      ) : (
        <span className={disabled} aria-hidden="true">
          {previous}
        </span>
      )}
      <span className="text-sm text-ink-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a className={cn(link)} href={hrefFor(page + 1)} rel="next">
          {next}
        </a>
      ) : (
        <span className={disabled} aria-hidden="true">
          {next}
        </span>
      )}
    </nav>
  );
}
