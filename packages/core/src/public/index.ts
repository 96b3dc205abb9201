// The public site's only door to the data. Everything here reads published entries only, on a
// read replica when there are any (DATABASE_REPLICA_URLS), on the primary otherwise; apps/web may import nothing else from @atlas/core or @atlas/db (its
// lint config enforces it), so it cannot reach drafts even by mistake.
import { getDb, getReadDb, replicasReached, type Db } from "@atlas/db";

import { issueFormToken } from "../corrections/form-token.ts";
import type { TCorrection } from "../corrections/schemas.ts";
import { submitCorrection, type CorrectionClient } from "../corrections/submit-correction.ts";
import { DomainError, ValidationError, type FieldErrors } from "../errors.ts";
import { databaseReplayGuard } from "../revalidation/replay-guard.ts";
import { lastPublication, pageAsOf, readAsOf } from "./as-of.ts";
import { changesSince } from "./changes-since.ts";
import { listCounterparts, listRegions } from "./countries.ts";
import { getCountryPage } from "./country-page.ts";
import { getEvent } from "./events.ts";
import { exportDataset, exportKindCsv } from "./export.ts";
import { eventsFeed } from "./feeds.ts";
import { getHomePage } from "./home.ts";
import { findMovedPage } from "./moved.ts";
import { getOrganizationPage, listFocusMemberships } from "./organizations.ts";
import { getPersonPage, listPeople } from "./people.ts";
import { search } from "./search.ts";
import { getSite } from "./site.ts";
import { getSourcePage, listSources } from "./sources.ts";
import { listTimeline } from "./timeline.ts";

const bind =
  <A extends unknown[], R>(read: (db: Db, ...args: A) => R) =>
  (...args: A): R =>
    read(getReadDb(), ...args);

const bindPrimary =
  <A extends unknown[], R>(read: (db: Db, ...args: A) => R) =>
  (...args: A): R =>
    read(getDb(), ...args);

export const atlas = {
  site: bind(getSite),
  home: bind(getHomePage),
  countryPage: bind(getCountryPage),
  counterparts: bind(listCounterparts),
  regions: bind(listRegions),
  event: bind(getEvent),
  timeline: bind(listTimeline),
  focusMemberships: bind(listFocusMemberships),
  organizationPage: bind(getOrganizationPage),
  personPage: bind(getPersonPage),
  people: bind(listPeople),
  sourcePage: bind(getSourcePage),
  sources: bind(listSources),
  movedPage: bind(findMovedPage),
  search: bind(search),
  exportDataset: bind(exportDataset),
  exportCsv: bind(exportKindCsv),
  eventsFeed: bind(eventsFeed),
  /**
   * The site as it stood at a moment (permanent versions of pages). Rebuilt in a transaction
   * that is rolled back, so on the primary; read-only reads of history go to the replicas.
   */
  asOf: {
    page: bindPrimary(pageAsOf),
    home: (at: Date) => readAsOf(getDb(), at, getHomePage),
    counterparts: (at: Date, query?: Parameters<typeof listCounterparts>[1]) => readAsOf(getDb(), at, (db) => listCounterparts(db, query)),
    changesSince: bind(changesSince),
    lastPublication: bind(lastPublication),
  },
  /** Whether the read replicas have replayed the primary's log up to `lsn` (waits up to `timeoutMs`). */
  replicasReached,
};

/**
 * The one thing readers write: a suggested correction, to the primary database, checked by core
 * (spam checks, the per-address rate limit) and handed to the editors.
 */
export const corrections = {
  /** The signed token a correction form is handed out with (for this entry's page, or the contact page). */
  issueToken: (secret: string, entryId: string | null) => issueFormToken(secret, entryId),
  submit: (input: TCorrection, client: CorrectionClient) => submitCorrection({ db: getDb(), input, client }),
};
export { MIN_FILL_MS } from "../corrections/form-token.ts";

/** A failure the reader caused (a field to fix, too soon, an old form), in words; null for anything else. */
export function problemOf(error: unknown): { message: string; fieldErrors?: FieldErrors } | null {
  if (error instanceof ValidationError) return { message: "Some fields need attention.", fieldErrors: error.fieldErrors };
  return error instanceof DomainError ? { message: error.message } : null;
}
export type { TCorrection, CorrectionClient };

export { pageTag, TAGS } from "../revalidation/tags.ts";
export { isSlug } from "../text.ts";
export { checkSignature, SIGNATURE_HEADERS } from "../revalidation/signature.ts";
/**
 * The one thing the public site writes: the signatures of page refreshes it accepted, on the
 * primary (a replica cannot take writes), so that a replayed request is refused by every instance.
 */
export const revalidationReplayGuard = databaseReplayGuard(getDb);
export { EVENT_TYPE_LABELS, MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS, RELATIONSHIP_STAGE_LABELS } from "../entries/labels.ts";
export { count, otherNames, teaser, theName } from "../words.ts";
export { FOOTNOTE_HREF, type CitedText, type Footnote, type PublicCitation, type Reference } from "./citations.ts";
export type { Dispute, PublicAlternative } from "./disputes.ts";
export { TIE_STEPS, type Ties } from "./countries.ts";
export { COUNTRY_PAGE_EVENTS, type CountryPage, type NotedDispute } from "./country-page.ts";
export type { Counterpart } from "./countries.ts";
export type { PublicDate } from "./dates.ts";
export type { EventPage, NotedEvent, PublicEvent } from "./events.ts";
export type { CountryRef } from "./site.ts";
export { type Dataset, type ExportSet } from "./export.ts";
export { EXPORT_SETS, KINDS, PAGED_KINDS } from "../kinds/registry.ts";
export type { PublicFact } from "./facts.ts";
export type { HomePage } from "./home.ts";
export type { FocusMembership, OrganizationPage } from "./organizations.ts";
export { pageOfPath, pathOf, routes, type PagedRoute, type PageRef } from "../routes.ts";
export type { PersonListItem, PersonPage, PersonRole } from "./people.ts";
export type { Citing, SourceListItem, SourcePage, SourcePassage } from "./sources.ts";
export type { SiteLicense } from "./site.ts";
export { RELIABILITY_TIERS, NOT_ASSESSED } from "../kinds/source/reliability.ts";
export { SOURCE_GAP_LABELS } from "../kinds/source/checkable.ts";
export { MAX_QUERY_LENGTH, parseCountriesQuery, parseSearchQuery, parseTimelineQuery, type Parsed, type RawParams, type TimelineQuery } from "./query-params.ts";
export { SEARCH_PAGE_SIZE, type SearchHit, type SearchResults } from "./search.ts";
export type { PublicSite } from "./site.ts";
export { TIMELINE_PAGE_SIZE, type TimelinePage } from "./timeline.ts";
export { openApiDocument } from "./api/openapi.ts";
export { toApiCounterpart, toApiCountry, toApiEvent } from "./api/to-api.ts";
export { asOfKey, asOfParam, isSettled, parseAsOf, SETTLED_AFTER_MS, versionPath, type AsOf } from "./as-of.ts";
export type { ChangedPage, PageChange } from "./changes-since.ts";
export type { PageData } from "./page-readers.ts";
export { citePage, type CitedPage, type PageCitation } from "./cite/cite-page.ts";
export { STATUS_FILTERS, type PublicStage, type StatusFilter, type StatusOn } from "./status-history.ts";
