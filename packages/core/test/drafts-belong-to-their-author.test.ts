import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { getEntryForEdit } from "../src/entries/get-entry-for-edit.ts";
import { listEntries } from "../src/entries/list-entries.ts";
import { pickerOptions } from "../src/entries/picker-options.ts";
import { ForbiddenError, NotFoundError, type ValidationError } from "../src/errors.ts";
import { diffRevisions, getEntryHistory } from "../src/history/get-entry-history.ts";
import { watchEntry } from "../src/inbox/watch-entry.ts";
import { trackPresence } from "../src/presence/track-presence.ts";
import { getRevision } from "../src/review/get-revision.ts";
import { previewRevision } from "../src/review/preview-revision.ts";
import { makeActors, snapshot } from "./support/actors.ts";

const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error("it was allowed"),
    (e: unknown) => e as Error,
  );

// Editor 1 starts a new country that was never published. Until it is, it is theirs: editor 2
// neither finds it nor opens, previews, watches, links to or writes it; admins see that it exists
// and may read it, but do not write it.
describe("an editor's never-published draft belongs to them", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  let mine: { entryId: string; revisionId: string; changeSetId: string };
  beforeAll(async () => {
    a = await makeActors(t.db);
    mine = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { name: "Freedonia", slug: "freedonia", region: "Europe" } } });
  });

  it("is not listed to another editor, whatever they search, and is listed to its author and to admins", async () => {
    const found = async (actor: typeof a.editor, q: string) => (await listEntries({ db: t.db, actor, input: { q } })).rows.map((e) => e.id);
    for (const q of ["Freedonia", "freedon", mine.entryId]) expect(await found(a.editor2, q), q).not.toContain(mine.entryId);
    expect(await found(a.editor, "Freedonia")).toContain(mine.entryId);
    expect(await found(a.admin, "Freedonia")).toContain(mine.entryId);
    expect((await listEntries({ db: t.db, actor: a.editor2, input: { kind: "COUNTRY", status: "DRAFT" } })).rows.map((e) => e.id)).not.toContain(mine.entryId);
  });

  it("cannot be opened, edited, previewed, compared or watched by another editor: it does not exist for them", async () => {
    const other = a.editor2;
    const attempts = [
      () => getEntryHistory({ db: t.db, actor: other, input: { entryId: mine.entryId } }),
      () => getEntryForEdit({ db: t.db, actor: other, input: { entryId: mine.entryId } }),
      () => getRevision({ db: t.db, actor: other, input: { revisionId: mine.revisionId } }),
      () => previewRevision({ db: t.db, actor: other, input: { revisionId: mine.revisionId } }),
      () => diffRevisions({ db: t.db, actor: other, input: { from: mine.revisionId, to: mine.revisionId } }),
      () => getChangeSet({ db: t.db, actor: other, input: { changeSetId: mine.changeSetId } }),
      () => watchEntry({ db: t.db, actor: other, input: { entryId: mine.entryId, watch: true } }),
      () => trackPresence({ db: t.db, actor: other, input: { entryId: mine.entryId, tabId: "tab-of-editor2" } }),
    ];
    for (const [i, attempt] of attempts.entries()) expect(await failure(attempt()), `attempt ${i}`).toBeInstanceOf(NotFoundError);
  });

  it("cannot be written by another editor through its id: the save is refused and its name stays the author's", async () => {
    const before = await snapshot(t.db);
    const hijack = await failure(
      saveDraft({ db: t.db, actor: a.editor2, input: { kind: "COUNTRY", entryId: mine.entryId, payload: { name: "Hijacked label", slug: "hijacked" } } }),
    );
    expect(hijack).toBeInstanceOf(NotFoundError);
    expect(hijack.message).toBe("That entry does not exist.");
    expect(await snapshot(t.db)).toEqual(before);
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: mine.entryId } })).label).toBe("Freedonia");
  });

  it("is not a link another editor can make: not offered by pickers, and refused by id as if it did not exist", async () => {
    expect((await pickerOptions({ db: t.db, actor: a.editor2, input: { kind: "COUNTRY", q: "Freedonia" } })).map((o) => o.id)).not.toContain(mine.entryId);
    const linked = await failure(
      saveDraft({ db: t.db, actor: a.editor2, input: { kind: "EVENT", payload: { slug: "link-test", title: "Link test", countryIds: [mine.entryId] } } }),
    );
    expect((linked as ValidationError).fieldErrors).toEqual({ "countryIds.0": [`No country has the id "${mine.entryId}".`] });
  });

  it("is visible to an admin, read-only: they open its history and preview, but may not write it", async () => {
    expect((await getEntryHistory({ db: t.db, actor: a.admin, input: { entryId: mine.entryId } })).entry.label).toBe("Freedonia");
    await expect(previewRevision({ db: t.db, actor: a.admin, input: { revisionId: mine.revisionId } })).resolves.toBeTruthy();
    const before = await snapshot(t.db);
    const edit = await failure(saveDraft({ db: t.db, actor: a.admin, input: { kind: "COUNTRY", entryId: mine.entryId, payload: { name: "Admin's name", slug: "freedonia" } } }));
    expect(edit).toBeInstanceOf(ForbiddenError);
    expect(edit.message).toBe("This entry is still someone else's draft: it can be edited once it is published.");
    expect(await failure(getEntryForEdit({ db: t.db, actor: a.admin, input: { entryId: mine.entryId } }))).toBeInstanceOf(ForbiddenError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("is its author's to open and write", async () => {
    expect((await getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: mine.entryId } })).draft?.id).toBe(mine.revisionId);
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "COUNTRY", entryId: mine.entryId, payload: { name: "Freedonia Republic", slug: "freedonia", region: "Europe" } },
    });
    expect(saved.revisionId).toBe(mine.revisionId);
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: mine.entryId } })).label).toBe("Freedonia Republic");
  });

  it("lets anyone start their own draft of a published entry, each seeing only their own", async () => {
    const entryId = "country_qatar";
    const base = { name: "Qatar", slug: "qatar" };
    const theirs = await getEntryForEdit({ db: t.db, actor: a.editor2, input: { entryId } });
    expect(theirs.draft).toBeNull();
    const one = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", entryId, payload: { ...(theirs.payload as object), ...base, capital: "Doha (one)" } } });
    const two = await saveDraft({ db: t.db, actor: a.editor2, input: { kind: "COUNTRY", entryId, payload: { ...(theirs.payload as object), ...base, capital: "Doha (two)" } } });
    expect(one.revisionId).not.toBe(two.revisionId);
    expect(await failure(getRevision({ db: t.db, actor: a.editor2, input: { revisionId: one.revisionId } }))).toBeInstanceOf(NotFoundError);
  });
});
