import { file } from "@/lib/api";
import { getEventsFeed } from "@/lib/data";
import { siteUrl } from "@/lib/site-url";

/** Atom feed of newly published events. */
export async function GET() {
  const xml = await getEventsFeed({ siteUrl });
  return file(xml!, "application/atom+xml; charset=utf-8");
}
