import { EXPORT_SETS, type ExportSet } from "@atlas/core/public";

import { file, notFoundJson } from "@/lib/api";
import { getCsv, getDataset, getSite } from "@/lib/data";
import { licenseLink } from "@/lib/license";

/** GET /api/v1/export/{set}.csv or {set}.json — one kind of entry (events, countries, …). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const m = /^([a-z]+)\.(csv|json)$/.exec(name);
  const set: ExportSet | undefined = m?.[1];
  const kind = set !== undefined && Object.hasOwn(EXPORT_SETS, set) ? EXPORT_SETS[set] : undefined;
  if (!m || !set || !kind)
    return notFoundJson(
      `Export “${name.slice(0, 60)}” (try ${Object.keys(EXPORT_SETS)
        .map((s) => `${s}.csv`)
        .join(", ")})`,
    );
  // One kind's file has no room for the terms: they travel in the Link header (and in the whole export).
  const terms = licenseLink((await getSite()).license);
  // A byte-order mark first: spreadsheets opened by a double-click then read UTF-8 (Cyrillic, accents) as UTF-8.
  if (m[2] === "csv") return file(`\uFEFF${await getCsv(kind)}`, "text/csv; charset=utf-8", name, terms);
  return file(JSON.stringify((await getDataset())[set], null, 2), "application/json; charset=utf-8", name, terms);
}
