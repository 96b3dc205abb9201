import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { previewRevision } from "../src/review/preview-revision.ts";
import { makeActors, snapshot } from "./support/actors.ts";

describe("previewing a draft that is not ready: the page or the draft, with its gaps marked, never an error", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const complete = (slug: string) => ({
    slug,
    title: `Event ${slug}`,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });

  it("shows a draft event with only a title field by field, each missing field marked “not given yet”, and writes nothing", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: { title: "Only a title", slug: "only-a-title" } } });
    const before = await snapshot(t.db);
    const preview = await previewRevision({ db: t.db, actor: a.editor, input: saved });
    expect(preview.page).toBe("draft");
    expect(preview.page === "draft" && preview.data.find((f) => f.field === "title")).toMatchObject({ label: "Title", after: ["Only a title"] });
    expect(preview.gaps).toEqual(
      expect.arrayContaining([
        { field: "start", label: "Date", message: "not given yet" },
        { field: "description", label: "Description", message: "not given yet" },
        { field: "countryIds", label: "Countries involved", message: "not given yet" },
      ]),
    );
    expect(preview.gaps.map((g) => g.field)).not.toContain("title");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("shows the event page of a complete draft whose slug another event uses, at its own address, with the clash marked", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: complete("2020-qatar-memorandum") } });
    const before = await snapshot(t.db);
    const preview = await previewRevision({ db: t.db, actor: a.editor, input: saved });
    expect(preview.page).toBe("event");
    expect(preview.page === "event" && preview.data.title).toBe("Event 2020-qatar-memorandum");
    expect(preview.path).toBe("/events/2020-qatar-memorandum");
    expect(preview.gaps).toEqual([{ field: "slug", label: "Slug (in the page address)", message: expect.stringMatching(/^already used by the event “.+”\.$/) }]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("marks both what is missing and a slug already used when a draft has both", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", payload: { title: "Clashing and half done", slug: "2020-qatar-memorandum" } } });
    const preview = await previewRevision({ db: t.db, actor: a.editor2, input: saved });
    expect(preview.page).toBe("draft");
    expect(preview.gaps).toEqual(
      expect.arrayContaining([
        { field: "start", label: "Date", message: "not given yet" },
        { field: "slug", label: "Slug (in the page address)", message: expect.stringMatching(/^already used by /) },
      ]),
    );
  });

  it("shows an event with the new country its change set brings, as approving the set would publish them together", async () => {
    const country = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "preview-land", name: "Preview Land", region: "Asia" } } });
    const event = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", changeSetId: country.changeSetId, payload: { ...complete("preview-land-talks"), countryIds: [country.entryId, "country_mongolia"] } },
    });
    const before = await snapshot(t.db);
    const preview = await previewRevision({ db: t.db, actor: a.editor, input: event });
    expect(preview).toMatchObject({ page: "event", path: "/events/preview-land-talks", gaps: [] });
    expect(JSON.stringify(preview.data)).toContain("Preview Land");
    expect(await snapshot(t.db)).toEqual(before);
  });
});
