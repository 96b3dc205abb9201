import type { MetadataRoute } from "next";
import { connection } from "next/server";

import { absolute } from "@/lib/site-url";

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // the site's address is read at run time, not frozen at build
  return { rules: { userAgent: "*", allow: "/", disallow: ["/api/revalidate", "/search"] }, sitemap: absolute("/sitemap.xml") };
}
