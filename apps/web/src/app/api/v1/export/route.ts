import { file } from "@/lib/api";
import { getDataset, getSite } from "@/lib/data";
import { licenseLink } from "@/lib/license";

/** GET /api/v1/export — every published entry, by kind, with stable ids and versions. */
export async function GET() {
  const [data, { license }] = await Promise.all([getDataset(), getSite()]);
  return file(JSON.stringify(data, null, 2), "application/json; charset=utf-8", "atlas.json", licenseLink(license));
}
