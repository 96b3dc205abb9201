import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { Footnote, NotedEvent } from "@atlas/core/public";

import { EventItem, ReferenceList } from "../src/public/index.ts";

const note: Footnote = { n: 1, id: "cite-event-x-1", source: { slug: "ref-7", title: "Reference 7" }, passages: [{ excerpt: "It happened.", locator: null }] };
const event = (notes: Footnote[], roleNotes: Footnote[]): NotedEvent => ({
  id: "event_x",
  slug: "x",
  title: "A visit",
  description: "Someone visited.",
  type: "VISIT",
  typeLabel: "State or official visit",
  start: { edtf: "2011", display: "2011", earliest: "2011-01-01", latest: "2011-12-31", datetime: "2011" },
  end: null,
  place: null,
  placeCountry: null,
  countries: [],
  asFocus: null,
  participants: [{ person: { id: "person_a", slug: "a", name: "A. Person" }, role: "Minister", country: null }],
  organizations: [],
  qualifiers: { official: true, certainty: "STATED", attribution: null },
  qualifierNote: null,
  version: 1,
  publishedAt: null,
  citations: [],
  notes,
  roleNotes: { person_a: roleNotes },
});
const unsourcedMarks = (html: string) => html.match(/class="unsourced /g)?.length ?? 0;

describe("statements readers see without a source", () => {
  it("marks an event, and a person's role in it, unsourced when nothing published supports them", () => {
    const html = renderToStaticMarkup(<EventItem event={event([], [])} />);
    expect(unsourcedMarks(html)).toBe(2);
    expect(html).toContain("no published source supports this yet");
  });

  it("gives a sourced event and role their footnote markers, and no mark", () => {
    const html = renderToStaticMarkup(<EventItem event={event([note], [{ ...note, id: "cite-event-x-role-person_a-1" }])} />);
    expect(unsourcedMarks(html)).toBe(0);
    expect(html.match(/href="#ref-1"/g)).toHaveLength(2);
  });

  it("says in the reference list when a source's details are not recorded", () => {
    const source = { id: "s", slug: "ref-7", title: "Reference 7", marker: "7", url: null, kind: "REFERENCE", reliability: null };
    const passages = [{ excerpt: "It happened.", locator: null, uses: [{ id: "cite-x-1", letter: null }] }];
    expect(renderToStaticMarkup(<ReferenceList references={[{ n: 1, source: { ...source, checkable: false }, passages }]} />)).toContain("details not yet recorded");
    expect(renderToStaticMarkup(<ReferenceList references={[{ n: 1, source: { ...source, checkable: true }, passages }]} />)).not.toContain("details not yet recorded");
  });
});
