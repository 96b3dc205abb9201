import { file, notFoundJson } from "@/lib/api";
import { getEventsFeed } from "@/lib/data";
import { siteUrl } from "@/lib/site-url";

/** Atom feed of newly published events involving one country: /feeds/countries/{slug}.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.xml$/.exec(name);
  const xml = m ? await getEventsFeed({ siteUrl, countrySlug: m[1] }) : null;
  return xml ? file(xml, "application/atom+xml; charset=utf-8") : notFoundJson(`Feed “${name.slice(0, 80)}”`);
}
