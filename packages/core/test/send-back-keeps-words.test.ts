import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveAndSubmitDraft } from "../src/drafts/save-and-submit-draft.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { getEntryForEdit } from "../src/entries/get-entry-for-edit.ts";
import { getRevision } from "../src/review/get-revision.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { makeActors } from "./support/actors.ts";

describe("a send-back loses no words: the reviewer's comment reaches the form, the author's note stays", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });
  const event = (title: string) => ({
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });
  const NOTE = "First round: added the March 2025 agreement with its source.";

  it("keeps the author's note through a request for changes and the autosaves after it, and shows the reviewer's comment where the draft is edited", async () => {
    const sent = await saveAndSubmitDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: event("Qatar note kept"), message: NOTE } });
    await rejectRevision({ db: t.db, actor: a.admin, input: { revisionId: sent.revisionId, comment: "Cite the treaty text, not the seed." }, final: false });

    // Back on the form: the comment and the note are there.
    const forEdit = await getEntryForEdit({ db: t.db, actor: a.editor, input: { entryId: sent.entryId } });
    expect(forEdit.draft).toMatchObject({ id: sent.revisionId, status: "CHANGES_REQUESTED", message: NOTE, reviewComment: "Cite the treaty text, not the seed." });
    expect(forEdit.draft?.reviewer?.name).toBe("admin");
    // The editor's autosave sends the payload only: the note stays, and so does the comment.
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: sent.revisionId, payload: { ...event("Qatar note kept"), place: "Doha" } } });
    const { revision } = await getRevision({ db: t.db, actor: a.editor, input: { revisionId: sent.revisionId } });
    expect(revision).toMatchObject({ message: NOTE, reviewComment: "Cite the treaty text, not the seed." });
  });

  it("replaces the note when the author rewrites it, and clears it when they empty it", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: event("Qatar note rewritten"), message: NOTE } });
    await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", revisionId: saved.revisionId, payload: event("Qatar note rewritten"), message: `${NOTE} Second round: treaty cited.` },
    });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).message).toBe(`${NOTE} Second round: treaty cited.`);
    await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", revisionId: saved.revisionId, payload: event("Qatar note rewritten"), message: "" } });
    expect((await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } })).message).toBeNull();
  });
});
