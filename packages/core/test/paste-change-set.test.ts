import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { buildChangeSet } from "../src/paste/build-change-set.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { makeActors } from "./support/actors.ts";

const MODI = "In 2015, Indian Prime Minister Narendra Modi visited Ulaanbaatar, the first visit to Mongolia by an Indian prime minister, and announced a US$1 billion credit line.";

describe("paste builds the whole change set", () => {
  const t = freshDatabase("seeded");
  let editor: Actor;
  let admin: Actor;
  beforeAll(async () => {
    ({ editor, admin } = await makeActors(t.db));
  });

  it("turns the Modi sentence into an event, India, Modi and a source quoting the sentence; one approval publishes all four", async () => {
    const built = await buildChangeSet({ db: t.db, actor: editor, input: { text: MODI, sourceTitle: "Modi in Mongolia", sourceUrl: "https://example.org/modi" } });
    const set = await getChangeSet({ db: t.db, actor: editor, input: { changeSetId: built.changeSetId } });
    expect(set.note).toBe(MODI);
    expect(set.entries.map((e) => [e.kind, e.label]).sort()).toEqual([
      ["COUNTRY", "India"],
      ["EVENT", expect.stringContaining("Narendra Modi visited Ulaanbaatar")],
      ["PERSON", "Narendra Modi"],
      ["SOURCE", "Modi in Mongolia"],
    ]);
    expect(set.entries.flatMap((e) => Object.keys(e.missing))).toEqual([]);
    // The reviewer reads the passage the event cites, though it is published only with the set.
    const cited = set.entries
      .find((e) => e.kind === "EVENT")!
      .diff.find((d) => d.field === "citations")!
      .after.join(" ");
    expect(cited).toContain("Modi in Mongolia — “In 2015, Indian Prime Minister Narendra Modi visited Ulaanbaatar");
    const source = await t.db.revision.findFirstOrThrow({ where: { changeSetId: built.changeSetId, kind: "SOURCE" } });
    expect((source.payload as { excerpts: { text: string }[] }).excerpts[0]!.text).toBe(MODI);
    const event = await t.db.revision.findFirstOrThrow({ where: { changeSetId: built.changeSetId, kind: "EVENT" } });
    // The year as written, never an invented day.
    expect((event.payload as { start: string }).start).toBe("2015");
    expect((event.payload as { participants: { role: string }[] }).participants).toEqual([expect.objectContaining({ role: "Indian Prime Minister" })]);

    await submitChangeSet({ db: t.db, actor: editor, input: { changeSetId: built.changeSetId } });
    await approveChangeSet({ db: t.db, actor: admin, input: { changeSetId: built.changeSetId } });
    expect((await listCounterparts(t.db)).some((c) => c.name === "India")).toBe(true);
    const india = await getCountryPage(t.db, "india");
    expect(JSON.stringify(india)).toContain("Narendra Modi visited Ulaanbaatar");
  });

  it("cites an existing source when the sentence carries its marker, and adds no country the atlas has", async () => {
    const built = await buildChangeSet({ db: t.db, actor: editor, input: { text: "In September 2024, Putin visited Mongolia. [1]" } });
    const kinds = (await t.db.revision.findMany({ where: { changeSetId: built.changeSetId } })).map((r) => r.kind);
    expect(kinds).toEqual(["EVENT"]);
  });

  it("keeps an incomplete source as a draft and says what it lacks", async () => {
    const built = await buildChangeSet({ db: t.db, actor: editor, input: { text: "In 2016, Mongolia and Kazakhstan signed a trade agreement." } });
    const set = await getChangeSet({ db: t.db, actor: editor, input: { changeSetId: built.changeSetId } });
    const source = set.entries.find((e) => e.kind === "SOURCE")!;
    expect(Object.keys(source.missing)).toContain("title");
  });
});
