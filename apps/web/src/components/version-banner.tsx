import type { AsOf } from "@atlas/core/public";
import { Container } from "@atlas/ui";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZone: "UTC" });

/** "the end of 1 December 2026 (UTC)" or "10:15:04 UTC on 7 December 2026". */
export const momentText = (asOf: AsOf) => (asOf.day ? `the end of ${day.format(asOf.at)} (UTC)` : `${time.format(asOf.at)} UTC on ${day.format(asOf.at)}`);

/** Above a version of a page: which moment it shows, and the way to today's page and to what changed since. */
export function VersionBanner({ asOf, current, changes }: { asOf: AsOf; current: string; changes: string }) {
  return (
    <aside aria-label="Version of this page" className="version-banner border-b border-amber-700/30 bg-amber-50">
      <Container wide className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3 text-sm text-ink-800">
        <p>
          <strong className="font-semibold">A permanent version.</strong> This is the page as it was published at <time dateTime={asOf.at.toISOString()}>{momentText(asOf)}</time>;
          it will always read the same.
        </p>
        <p className="flex gap-4">
          <a href={current} className="font-medium text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
            Read the current page
          </a>
          <a href={changes} className="font-medium text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
            What changed since
          </a>
        </p>
      </Container>
    </aside>
  );
}
