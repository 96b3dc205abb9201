import type { OrganizationPage } from "@atlas/core/public";
import { routes } from "@atlas/core/routes";

import { Badge } from "../badge.tsx";
import { Container, SectionHeading } from "../layout.tsx";
import { Markdown } from "../markdown.tsx";
import { DataTable } from "../table.tsx";
import { EventItem } from "./event-item.tsx";
import { DisputeNote, ReferenceList, Sourced } from "./footnotes.tsx";
import { sameSite, type Linker } from "./link.ts";

export function OrganizationView({ page, link = sameSite }: { page: OrganizationPage; link?: Linker }) {
  const o = page.organization;
  return (
    <>
      <div className="border-b border-ink-200 bg-white">
        <Container wide className="py-8">
          <nav aria-label="Breadcrumb" className="text-sm text-ink-600">
            <a href={link("/organizations")} className="text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
              Organisations
            </a>{" "}
            / <span aria-current="page">{o.acronym ?? o.name}</span>
          </nav>
          <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight text-ink-900">
            {o.name}
            {o.acronym && o.acronym !== o.name && <span className="ml-3 align-middle font-sans text-lg font-normal text-ink-500">{o.acronym}</span>}
          </h1>
          <div className="mt-3 flex flex-wrap gap-2">
            <Badge>{o.kindLabel}</Badge>
            {o.aliases.length > 0 && <Badge>also {o.aliases.join(", ")}</Badge>}
            {o.foundedYear && <Badge>founded {o.foundedYear}</Badge>}
            {o.dissolvedYear && <Badge tone="amber">ceased to exist in {o.dissolvedYear}</Badge>}
          </div>
          {o.description && <Markdown className="mt-4 max-w-3xl">{o.description}</Markdown>}
          {o.dissolvedYear && (
            <p className="mt-3 max-w-3xl text-sm text-ink-700">
              It ceased to exist in {o.dissolvedYear}: the memberships below ended then at the latest, whatever the sources that list them say of today.
            </p>
          )}
        </Container>
      </div>
      <Container wide className="py-8">
        <section aria-labelledby="members">
          <SectionHeading id="members" count={page.members.length}>
            Members in this atlas
          </SectionHeading>
          <DataTable columns={["Country", "Status", "Since"]}>
            {page.members.map((m) => (
              <tr key={m.id} id={m.id} className="border-b border-ink-100 last:border-0">
                <th scope="row" className="px-4 py-2 font-medium">
                  {m.isFocus ? (
                    <a href={link("/")} className="text-sky-700 hover:underline">
                      {m.country.name}
                    </a>
                  ) : (
                    <a href={link(routes.country(m.country.slug))} className="text-sky-700 hover:underline">
                      {m.country.name}
                    </a>
                  )}
                  <Sourced notes={m.notes} />
                </th>
                <td className="px-4 py-2">
                  <span>{m.statusLabel[0]!.toUpperCase() + m.statusLabel.slice(1)}</span>
                  {m.qualifierNote && <span className="ml-1 text-ink-500">({m.qualifierNote})</span>}
                  <DisputeNote dispute={m.dispute} shown={m.statusLabel} />
                  {m.note && <p className="text-xs text-ink-500">{m.note}</p>}
                </td>
                <td className="px-4 py-2">{m.since?.display ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        </section>
        {page.events.length > 0 && (
          <section aria-labelledby="org-events" className="mt-10">
            <SectionHeading id="org-events">Events</SectionHeading>
            {page.events.map((e) => (
              <EventItem key={e.id} event={e} link={link} />
            ))}
          </section>
        )}
        <ReferenceList references={page.references} link={link} />
      </Container>
    </>
  );
}
