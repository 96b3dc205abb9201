import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";

import { SkipLink } from "@atlas/ui";

import { JsonLd } from "@/components/json-ld";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getSite } from "@/lib/data";
import { licenseLd } from "@/lib/license";
import { absolute, siteUrl } from "@/lib/site-url";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite();
  const description = site.tagline ?? `${site.focus.name}'s foreign relations, sourced and dated.`;
  return {
    metadataBase: new URL(siteUrl),
    title: { default: site.focus.name ? `${site.title}: ${site.focus.name}` : site.title, template: `%s · ${site.title}` },
    description,
    alternates: { canonical: "/", types: { "application/atom+xml": "/feeds/events.xml" } },
    openGraph: { type: "website", siteName: site.title, locale: "en_GB", title: site.title, description },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#1a4174" },
    { media: "(prefers-color-scheme: dark)", color: "#201f1c" },
  ],
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = await getSite();
  return (
    // Printed links show their full address: the site's own, before each link on it (globals.css).
    <html lang="en" style={{ "--site-url": JSON.stringify(siteUrl) } as CSSProperties}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader title={site.title} focusName={site.focus.name} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter title={site.title} license={site.license} />
        {/* The site as a whole, on every page: its search, and the licence of its data. */}
        <JsonLd
          data={{
            "@context": "https://schema.org",
            "@type": "WebSite",
            name: site.title,
            url: absolute("/"),
            potentialAction: { "@type": "SearchAction", target: `${absolute("/search")}?q={query}`, "query-input": "required name=query" },
            ...licenseLd(site.license),
          }}
        />
      </body>
    </html>
  );
}
