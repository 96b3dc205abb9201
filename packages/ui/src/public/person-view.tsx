import type { PersonPage } from "@atlas/core/public";

import { Container, SectionHeading } from "../layout.tsx";
import { Markdown } from "../markdown.tsx";
import { EventItem } from "./event-item.tsx";
import { ReferenceList, Sourced } from "./footnotes.tsx";
import { sameSite, type Linker } from "./link.ts";

export function PersonView({ page, link = sameSite }: { page: PersonPage; link?: Linker }) {
  const p = page.person;
  const life = p.bornYear || p.diedYear ? `${p.bornYear ?? "?"}–${p.diedYear ?? ""}` : null;
  return (
    <Container className="py-8">
      <p className="text-sm font-medium text-sky-800">Person</p>
      <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink-900">{p.name}</h1>
      <p className="mt-2 text-ink-600">
        {[p.country?.name, life, p.aliases.length ? `also ${p.aliases.join(", ")}` : null].filter(Boolean).join(" · ")}
        {p.wikidataId && (
          <>
            {" · "}
            <a href={`https://www.wikidata.org/wiki/${p.wikidataId}`} className="text-sky-700 hover:underline" rel="noopener noreferrer">
              Wikidata
            </a>
          </>
        )}
      </p>
      {p.description && <Markdown className="mt-4">{p.description}</Markdown>}
      {page.roles.length > 0 && (
        <section aria-labelledby="person-roles" className="mt-8">
          <SectionHeading id="person-roles">Roles over time</SectionHeading>
          <ul className="space-y-1 text-ink-800">
            {page.roles.map((r) => (
              <li key={r.role}>
                <span className="font-medium">{r.role}</span>
                {r.country && <span className="text-ink-600"> ({r.country.name})</span>}
                <span className="text-ink-600">
                  {" — "}
                  {r.from.display === r.to.display ? r.from.display : `${r.from.display} to ${r.to.display}`}, as the events below name it
                </span>
                <Sourced notes={r.notes} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="person-events" className="mt-8">
        <SectionHeading id="person-events" count={page.events.length}>
          Events
        </SectionHeading>
        {page.events.map((e) => (
          <EventItem key={e.id} event={e} link={link} />
        ))}
      </section>
      <ReferenceList references={page.references} link={link} />
    </Container>
  );
}
