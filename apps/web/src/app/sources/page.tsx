import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { count, routes } from "@atlas/core/public";
import { Container, DataTable } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { getSources } from "@/lib/data";

export const metadata: Metadata = { title: "Sources", alternates: { canonical: routes.sources } };

export default async function SourcesPage() {
  await connection(); // rendered per request from cached data: `next build` has no database
  const sources = await getSources();
  return (
    <>
      <PageHeader eyebrow="Where the statements come from" title="Sources">
        Every source this atlas cites, with the passages it quotes and the entries that cite it. A source whose author, date or address is not recorded says so: readers cannot look
        it up until it is.
      </PageHeader>
      <Container wide className="py-8">
        <DataTable caption="Sources cited in the atlas" columns={["Source", "Kind", "Passages", "Cited by"]} stackOnPhone>
          {sources.map((s) => (
            <tr key={s.id} className="border-b border-ink-100 last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={routes.source(s.slug)} className="text-sky-700 hover:underline">
                  {s.title}
                </Link>
                {s.publisher && <span className="block text-xs font-normal text-ink-600">{s.publisher}</span>}
                {s.missing.length > 0 && <span className="block text-xs font-normal text-amber-800">Details not yet recorded</span>}
              </th>
              <td className="px-4 py-2" data-label="Kind">
                {s.kindLabel}
              </td>
              <td className="px-4 py-2 tabular-nums" data-label="Passages">
                {count(s.passages, "passage")}
              </td>
              <td className="px-4 py-2 tabular-nums" data-label="Cited by">
                {count(s.citedBy, "entry", "entries")}
              </td>
            </tr>
          ))}
        </DataTable>
      </Container>
    </>
  );
}
