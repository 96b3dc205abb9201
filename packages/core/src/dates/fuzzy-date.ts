// A date known to some precision, written compactly so that data files and forms can carry it
// as one string: "2011-08-17" (day), "2011-08" (month), "2007-summer" (season), "2011" (year),
// "1990s" (decade). In the database it is the first day of that period plus the precision.

export const PRECISIONS = ["DAY", "MONTH", "SEASON", "YEAR", "DECADE"] as const;
export type Precision = (typeof PRECISIONS)[number];
export const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
export type Season = (typeof SEASONS)[number];

/** Northern-hemisphere seasons by their first month; winter is the December that starts it. */
const SEASON_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export type FuzzyDate = { date: Date; precision: Precision };

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Parses the compact form; returns a human reason instead of throwing. */
export function parseFuzzyDate(input: string): FuzzyDate | { error: string } {
  const s = input.trim().toLowerCase();
  let m: RegExpMatchArray | null;
  let year: number;
  let result: FuzzyDate;
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12) return { error: `There is no month ${m[2]}.` };
    const date = utc(year, month, day);
    if (date.getUTCMonth() !== month - 1 || day < 1) return { error: `${MONTHS[month - 1]} ${year} has no day ${day}.` };
    result = { date, precision: "DAY" };
  } else if ((m = s.match(/^(\d{4})-(\d{2})$/))) {
    year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { error: `There is no month ${m[2]}.` };
    result = { date: utc(year, month, 1), precision: "MONTH" };
  } else if ((m = s.match(/^(\d{4})-(spring|summer|autumn|winter)$/))) {
    year = Number(m[1]);
    result = { date: utc(year, SEASON_MONTH[m[2] as Season], 1), precision: "SEASON" };
  } else if ((m = s.match(/^(\d{4})$/))) {
    year = Number(m[1]);
    result = { date: utc(year, 1, 1), precision: "YEAR" };
  } else if ((m = s.match(/^(\d{3}0)s$/))) {
    year = Number(m[1]);
    result = { date: utc(year, 1, 1), precision: "DECADE" };
  } else {
    return { error: `"${input.slice(0, 40)}" is not a date: write 2011-08-17, 2011-08, 2007-summer, 2011 or 1990s.` };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return { error: `Years must be between ${MIN_YEAR} and ${MAX_YEAR}.` };
  return result;
}

/** The compact form of a stored date (inverse of parseFuzzyDate). */
export function toFuzzyString(date: Date, precision: Precision): string {
  const y = date.getUTCFullYear();
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  switch (precision) {
    case "DAY":
      return `${y}-${mm}-${String(date.getUTCDate()).padStart(2, "0")}`;
    case "MONTH":
      return `${y}-${mm}`;
    case "SEASON":
      return `${y}-${seasonOf(date)}`;
    case "YEAR":
      return String(y);
    case "DECADE":
      return `${y - (y % 10)}s`;
  }
}

function seasonOf(date: Date): Season {
  const month = date.getUTCMonth() + 1;
  return SEASONS.find((s) => SEASON_MONTH[s] === month) ?? "winter";
}

/** As a reader sees it: "17 August 2011", "August 2011", "Summer 2007", "2011", "the 1990s". */
export function formatFuzzyDate(date: Date, precision: Precision): string {
  const y = date.getUTCFullYear();
  switch (precision) {
    case "DAY":
      return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${y}`;
    case "MONTH":
      return `${MONTHS[date.getUTCMonth()]} ${y}`;
    case "SEASON": {
      const season = seasonOf(date);
      return `${season[0]!.toUpperCase()}${season.slice(1)} ${y}`;
    }
    case "YEAR":
      return String(y);
    case "DECADE":
      return `the ${y - (y % 10)}s`;
  }
}

/** The last day of the period, for range comparisons ("2011" ends on 2011-12-31). */
export function periodEnd(date: Date, precision: Precision): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (precision) {
    case "DAY":
      return date;
    case "MONTH":
      return new Date(Date.UTC(y, m + 1, 0));
    case "SEASON":
      return new Date(Date.UTC(y, m + 3, 0));
    case "YEAR":
      return new Date(Date.UTC(y, 12, 0));
    case "DECADE":
      return new Date(Date.UTC(y + 10, 0, 0));
  }
}
