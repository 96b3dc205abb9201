import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { NotedEvent } from "@atlas/core/public";

import { Highlight, Markdown } from "../src/index.ts";
import { EventItem } from "../src/public/index.ts";

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe("stored text reaches readers as text", () => {
  it("renders Markdown without raw HTML, event handlers or script links", () => {
    const html = renderToStaticMarkup(
      <Markdown>{`${XSS}\n\n[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [fine](https://example.org) *emphasis*`}</Markdown>,
    );
    expect(html).not.toMatch(/<script|<img|onerror|javascript:|data:text/i);
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain("<em>emphasis</em>");
  });

  it("escapes titles and other plain fields", () => {
    const event = {
      id: "event_x",
      slug: "x",
      title: XSS,
      description: "Plain.",
      type: "VISIT",
      typeLabel: "State or official visit",
      start: { edtf: "2011", display: "2011", earliest: "2011-01-01", latest: "2011-12-31", datetime: "2011" },
      end: null,
      place: `<b onmouseover="alert(1)">Doha</b>`,
      placeCountry: null,
      countries: [],
      asFocus: null,
      participants: [],
      organizations: [],
      qualifiers: { official: true, certainty: "STATED", attribution: null },
      qualifierNote: null,
      version: 1,
      publishedAt: null,
      citations: [],
      notes: [],
      roleNotes: {},
    } satisfies NotedEvent;
    const html = renderToStaticMarkup(<EventItem event={event} />);
    expect(html).not.toMatch(/<script|<img|<b onmouseover/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("highlights search matches without letting the matched text become markup", () => {
    const html = renderToStaticMarkup(<Highlight text={`a \u0001<script>\u0002 b`} />);
    expect(html).toBe('a <mark class="rounded-sm bg-amber-50 px-0.5 text-ink-900 ring-1 ring-amber-700/20">&lt;script&gt;</mark> b');
  });
});
