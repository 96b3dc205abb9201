import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { Container, SectionHeading } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { getSite } from "@/lib/data";

export const metadata: Metadata = { title: "Licence and reuse", alternates: { canonical: "/license" } };

const link = "text-sky-700 underline decoration-sky-300 hover:decoration-sky-700";

export default async function LicensePage() {
  await connection(); // rendered per request from cached data: `next build` has no database
  const site = await getSite();
  const license = site.license;
  return (
    <>
      <PageHeader eyebrow="Reuse" title="Licence and reuse">
        The terms under which the atlas&apos;s data may be reused, as its operator set them.
      </PageHeader>
      <Container className="prose-atlas space-y-10 py-8">
        <section aria-labelledby="terms">
          <SectionHeading id="terms">The licence</SectionHeading>
          {license ? (
            <p>
              The atlas&apos;s data — its entries, summaries and the structured records on every page, in the{" "}
              <Link href="/data" className={link}>
                exports, API and feeds
              </Link>{" "}
              — is published under{" "}
              {license.url ? (
                <a href={license.url} rel="license noopener noreferrer" className={link}>
                  {license.name}
                </a>
              ) : (
                <strong>{license.name}</strong>
              )}
              .
            </p>
          ) : (
            <p>The operator of this site has not set a licence for its data yet. Until they do, ask before reusing more than a quotation.</p>
          )}
        </section>
        {license?.attribution && (
          <section aria-labelledby="credit">
            <SectionHeading id="credit">How to credit it</SectionHeading>
            <p>
              Credit <strong>{license.attribution}</strong>, name the {site.title}, link to the page or dataset you used, and say if you changed it. Each export carries the licence
              too.
            </p>
          </section>
        )}
        <section aria-labelledby="quotations">
          <SectionHeading id="quotations">What the licence does not cover</SectionHeading>
          <p>
            The passages the atlas quotes from its sources remain their authors&apos;: they are reproduced as quotations, to show where each statement comes from. Reuse them as
            quotations too, citing the source the atlas names.
          </p>
        </section>
      </Container>
    </>
  );
}
