import { json, notFoundJson } from "@/lib/api";
import { getCountryPage } from "@/lib/data";

/** GET /api/v1/countries/{slug} — the JSON twin of a country page, footnotes included. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) return notFoundJson(`Country “${slug.slice(0, 80)}”`);
  const page = await getCountryPage(slug);
  return page ? json({ data: page }) : notFoundJson(`Country “${slug}”`);
}
