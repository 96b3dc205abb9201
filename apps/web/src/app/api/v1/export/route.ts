import { file } from "@/lib/api";
import { getDataset } from "@/lib/data";

/** GET /api/v1/export — every published entry, by kind, with stable ids and versions. */
export async function GET() {
  return file(JSON.stringify(await getDataset(), null, 2), "application/json; charset=utf-8", "atlas.json");
}
