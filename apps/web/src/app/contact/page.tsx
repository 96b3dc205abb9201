import type { Metadata } from "next";
import { connection } from "next/server";

import { Container } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { SuggestCorrection } from "@/components/suggest-correction";
import { getSite } from "@/lib/data";

export const metadata: Metadata = { title: "Contact and corrections", alternates: { canonical: "/contact" } };

export default async function ContactPage() {
  await connection(); // rendered per request from cached data: `next build` has no database
  const site = await getSite();
  return (
    <>
      <PageHeader eyebrow="Contact" title="Contact and corrections">
        A mistake, a missing source, a question about the data: write to the editors here. No account is needed. To correct one entry, the form at the foot of its page is quickest,
        as it tells the editors which entry you mean.
      </PageHeader>
      {site.contactEmail && (
        <Container className="pt-8">
          <p className="text-ink-700">
            You can also write to{" "}
            <a href={`mailto:${site.contactEmail}`} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
              {site.contactEmail}
            </a>
            .
          </p>
        </Container>
      )}
      <SuggestCorrection entryId={null} pagePath="/contact" about="the atlas" open wide={false} />
    </>
  );
}
