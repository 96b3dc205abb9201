import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { routes } from "@atlas/core/public";
import { Container, DataTable } from "@atlas/ui";
import { ReferenceList, Sourced } from "@atlas/ui/public";

import { PageHeader } from "@/components/page-header";
import { getPeople } from "@/lib/data";

export const metadata: Metadata = { title: "People", alternates: { canonical: routes.people } };

export default async function PeoplePage() {
  await connection(); // rendered per request from cached data: `next build` has no database
  const { people, references } = await getPeople();
  return (
    <>
      <PageHeader eyebrow="Who took part" title="People">
        Everyone with a page in this atlas, with the roles the events name them in.
      </PageHeader>
      <Container wide className="py-8">
        <DataTable caption="People in the atlas" columns={["Name", "Country", "Roles"]}>
          {people.map((p) => (
            <tr key={p.id} className="border-b border-ink-100 last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={routes.person(p.slug)} className="text-sky-700 hover:underline">
                  {p.name}
                </Link>
              </th>
              <td className="px-4 py-2">{p.country?.name ?? "—"}</td>
              <td className="px-4 py-2 text-sm">
                {p.roles.length
                  ? p.roles.map((r, i) => (
                      <span key={r.role}>
                        {i > 0 && "; "}
                        {r.role} ({r.from.display === r.to.display ? r.from.display : `${r.from.display}–${r.to.display}`})
                        <Sourced notes={r.notes} />
                      </span>
                    ))
                  : "—"}
              </td>
            </tr>
          ))}
        </DataTable>
        <ReferenceList references={references} />
      </Container>
    </>
  );
}
