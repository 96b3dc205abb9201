import { json, notFoundJson } from "@/lib/api";
import { getCountryPage } from "@/lib/data";

/** GET /api/v1/countries/{slug} — the JSON twin of a country page, footnotes included. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await getCountryPage(slug);
  return page ? json({ data: page }) : notFoundJson(`Country “${slug.slice(0, 80)}”`);
}
