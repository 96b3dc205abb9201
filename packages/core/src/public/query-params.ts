import { EventType } from "@atlas/db/enums";

import { EVENT_TYPE_LABELS } from "../entries/labels.ts";
import { isSlug } from "../text.ts";
import { STATUS_FILTERS, type StatusFilter } from "./status-history.ts";

/** Search params as Next hands them to pages, or as URLSearchParams gives them. */
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const get = (params: RawParams, key: string): string | undefined => {
  const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
};

/** Lenient parsing: every bad value is dropped or clamped, and explained in `problems`. */
export type Parsed<T> = { value: T; problems: string[] };

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;

function year(params: RawParams, key: string, label: string, problems: string[]): number | undefined {
  const raw = get(params, key);
  if (raw === undefined) return undefined;
  if (!/^\d{1,4}$/.test(raw)) {
    problems.push(`“${raw.slice(0, 20)}” is not a year, so the ${label} filter was ignored.`);
    return undefined;
  }
  const y = Number(raw);
  if (y < MIN_YEAR || y > MAX_YEAR) {
    problems.push(`Years run from ${MIN_YEAR} to ${MAX_YEAR}; the ${label} filter was ignored.`);
    return undefined;
  }
  return y;
}

export function parsePage(params: RawParams, problems: string[]): number {
  const raw = get(params, "page");
  if (raw === undefined) return 1;
  const n = /^-?\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(n) || n < 1) {
    problems.push(`Page “${raw.slice(0, 20)}” does not exist; showing page 1.`);
    return 1;
  }
  if (n > MAX_PAGE) {
    problems.push(`Page numbers stop at ${MAX_PAGE}.`);
    return MAX_PAGE;
  }
  return n;
}

export type TimelineQuery = { from?: number; to?: number; type?: EventType; country?: string; page: number };

export function parseTimelineQuery(params: RawParams): Parsed<TimelineQuery> {
  const problems: string[] = [];
  const single = year(params, "year", "year", problems);
  let from = single ?? year(params, "from", "“from” year", problems);
  let to = single ?? year(params, "to", "“to” year", problems);
  if (from !== undefined && to !== undefined && from > to) {
    problems.push(`The years were the wrong way round (${from} to ${to}); they were swapped.`);
    [from, to] = [to, from];
  }
  const typeRaw = get(params, "type");
  let type: EventType | undefined;
  if (typeRaw !== undefined) {
    if ((Object.values(EventType) as string[]).includes(typeRaw.toUpperCase())) type = typeRaw.toUpperCase() as EventType;
    else problems.push(`“${typeRaw.slice(0, 30)}” is not an event type (${Object.values(EVENT_TYPE_LABELS).slice(0, 3).join(", ")}…); the type filter was ignored.`);
  }
  const countryRaw = get(params, "country");
  let country: string | undefined;
  if (countryRaw !== undefined) {
    if (isSlug(countryRaw)) country = countryRaw;
    else problems.push(`“${countryRaw.slice(0, 30)}” is not a country; the country filter was ignored.`);
  }
  return { value: { from, to, type, country, page: parsePage(params, problems) }, problems };
}

/** A yes/no parameter: undefined when absent or "no"; a problem when it is neither. */
function flag(params: RawParams, key: string, label: string, problems: string[]): true | undefined {
  const raw = get(params, key);
  if (raw === undefined) return undefined;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (!["0", "false", "no", "off"].includes(raw.toLowerCase())) problems.push(`“${raw.slice(0, 20)}” is not yes or no; the ${label} filter was ignored.`);
  return undefined;
}

/**
 * `includeUnknown`: with a date filter, also list the countries whose relations have no recorded
 * start date (an unknown date is not known to be before the year, nor known not to be).
 */
export type CountriesQuery = { region?: string; hasMission?: boolean; establishedBefore?: number; includeUnknown?: boolean; on?: string; status?: StatusFilter };

/** `on` (a day) and `status`: the status of relations on that day, and only those with this status. Status alone: today's. */
function statusFilters(params: RawParams, problems: string[], today: string): Pick<CountriesQuery, "on" | "status"> {
  const onRaw = get(params, "on");
  let on: string | undefined;
  if (onRaw !== undefined) {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(onRaw);
    const valid = d && new Date(`${onRaw}T00:00:00Z`).toISOString().startsWith(onRaw) && Number(d[1]) >= MIN_YEAR && Number(d[1]) <= MAX_YEAR;
    if (valid) on = onRaw;
    else problems.push(`“${onRaw.slice(0, 20)}” is not a day (write it 2000-01-01); the status was not looked up.`);
  }
  const statusRaw = get(params, "status");
  let status: StatusFilter | undefined;
  if (statusRaw !== undefined) {
    if (Object.hasOwn(STATUS_FILTERS, statusRaw)) status = statusRaw as StatusFilter;
    else problems.push(`“${statusRaw.slice(0, 30)}” is not a status (${Object.keys(STATUS_FILTERS).join(", ")}); the status filter was ignored.`);
  }
  return { on: on ?? (status ? today : undefined), status };
}

export function parseCountriesQuery(params: RawParams, regions: readonly string[], today = new Date().toISOString().slice(0, 10)): Parsed<CountriesQuery> {
  const problems: string[] = [];
  const regionRaw = get(params, "region");
  let region: string | undefined;
  if (regionRaw !== undefined) {
    const match = regions.find((r) => r.toLowerCase() === regionRaw.toLowerCase());
    if (match) region = match;
    else problems.push(`“${regionRaw.slice(0, 30)}” is not a region here (${regions.join(", ")}); the region filter was ignored.`);
  }
  const hasMission = flag(params, "mission", "mission", problems);
  const establishedBefore = year(params, "before", "“relations before”", problems);
  const includeUnknown = flag(params, "unknown", "“include unknown dates”", problems);
  return { value: { region, hasMission, establishedBefore, ...(includeUnknown ? { includeUnknown } : {}), ...statusFilters(params, problems, today) }, problems };
}

export type SearchQuery = { q: string; page: number };

export function parseSearchQuery(params: RawParams): Parsed<SearchQuery> {
  const problems: string[] = [];
  // Control characters in a query become spaces.
  // eslint-disable-next-line no-control-regex -- matching them is the point
  const controls = /[\u0000-\u001f\u007f]/g;
  let q = (get(params, "q") ?? "").replace(controls, " ").replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push(`Searches are limited to ${MAX_QUERY_LENGTH} characters; yours was shortened.`);
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }
  return { value: { q, page: parsePage(params, problems) }, problems };
}
