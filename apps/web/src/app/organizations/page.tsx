import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { routes } from "@atlas/core/public";
import { Badge, Container, DataTable } from "@atlas/ui";

import { PageHeader } from "@/components/page-header";
import { getFocusMemberships, getSite } from "@/lib/data";

export const metadata: Metadata = { title: "Organisations", alternates: { canonical: "/organizations" } };

export default async function OrganizationsPage() {
  await connection();
  const [site, memberships] = await Promise.all([getSite(), getFocusMemberships()]);
  const focus = site.focus.name;
  return (
    <>
      <PageHeader eyebrow="Memberships" title="Organisations">
        The international organisations the sources list {focus} as belonging to, its status in each, and the countries in this atlas that share them. Where a list is undated, an
        organisation may have ceased to exist since: it says so.
      </PageHeader>
      <Container wide className="py-8">
        <p className="mb-2 text-xs text-ink-600 sm:hidden">The table scrolls sideways: “Since” and “Shared with” are on the right.</p>
        <DataTable caption={`${focus}'s memberships`} columns={["Organisation", <>{focus}&apos;s status</>, "Since", "Shared with"]}>
          {memberships.map((m) => (
            <tr key={m.id} id={m.organization.slug} className="border-b border-ink-100 last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={routes.organization(m.organization.slug)} className="text-sky-700 hover:underline">
                  {m.organization.name}
                </Link>
                {m.organization.acronym && <span className="text-ink-500"> ({m.organization.acronym})</span>}
                {m.organization.aliases.length > 0 && <span className="block text-xs font-normal text-ink-600">also {m.organization.aliases.join(", ")}</span>}
                <span className="block text-xs font-normal text-ink-500">{m.organization.kindLabel}</span>
                {m.organization.dissolvedYear && <span className="block text-xs font-medium text-amber-700">Ceased to exist in {m.organization.dissolvedYear}</span>}
              </th>
              <td className="px-4 py-2">
                <Badge tone={m.status === "MEMBER" && !m.organization.dissolvedYear ? "green" : "amber"}>{m.statusLabel}</Badge>
                {m.organization.dissolvedYear && <span className="mt-1 block text-xs text-ink-600">until {m.organization.dissolvedYear} at the latest</span>}
                {m.disputed.length > 0 && (
                  <Link href={routes.organization(m.organization.slug)} className="mt-1 block text-xs text-amber-800 underline">
                    disputed: also read as {m.disputed.map((d) => d.label).join(", ")}
                  </Link>
                )}
              </td>
              <td className="px-4 py-2 tabular-nums">{m.since?.display ?? "—"}</td>
              <td className="px-4 py-2">
                {m.sharedWith.length
                  ? m.sharedWith.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ", "}
                        <Link href={routes.country(c.slug)} className="text-sky-700 hover:underline">
                          {c.name}
                        </Link>
                        <span className="text-ink-500"> ({c.statusLabel})</span>
                      </span>
                    ))
                  : "—"}
              </td>
            </tr>
          ))}
        </DataTable>
      </Container>
    </>
  );
}
