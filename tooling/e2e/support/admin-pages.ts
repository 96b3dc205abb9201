import { approveChangeSet, saveDraft, submitChangeSet, type Actor } from "@atlas/core";
import { createDb } from "@atlas/db";

import { readState, type Account } from "./state.ts";

/**
 * Every page of the admin app, with real ids behind them: a change set of the editor's still
 * being written (a source with its passage and an event citing it), one sent for review by the
 * second editor, and a notification in the editor's inbox. Made through core, as the app would.
 */
export async function adminPages() {
  const { databaseUrl, accounts } = readState();
  const db = createDb(databaseUrl, { max: 2 });
  try {
    const actor = async (a: Account): Promise<Actor> => {
      const u = await db.user.findUniqueOrThrow({ where: { email: a.email } });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    const [editor, editor2, admin] = [await actor(accounts.editor), await actor(accounts.editor2), await actor(accounts.admin)];
    const tag = Date.now().toString(36);
    const source = await saveDraft({
      db,
      actor: editor,
      input: {
        kind: "SOURCE",
        payload: {
          slug: `pages-${tag}`,
          title: `Pages source ${tag}`,
          kind: "WEB",
          excerpts: [{ id: `excerpt_pages-${tag}`, text: "A passage of the pages source.", position: 0 }],
        },
      },
    });
    const event = await saveDraft({
      db,
      actor: editor,
      input: {
        kind: "EVENT",
        changeSetId: source.changeSetId,
        payload: {
          slug: `pages-event-${tag}`,
          title: `Pages event ${tag}`,
          description: "An event to open every page with.",
          type: "VISIT",
          start: "2024-05",
          countryIds: ["country_qatar"],
          citations: [{ sourceId: source.entryId, excerptId: `excerpt_pages-${tag}` }],
        },
      },
    });
    const sent = await saveDraft({
      db,
      actor: editor2,
      input: { kind: "COUNTRY", payload: { slug: `pagesland-${tag}`, name: `Pagesland ${tag}`, region: "Asia", citations: [{ sourceId: "source_seed-text" }] } },
    });
    await submitChangeSet({ db, actor: editor2, input: { changeSetId: sent.changeSetId } });
    // A notification for the editor: something of theirs approved.
    const told = await saveDraft({
      db,
      actor: editor,
      input: { kind: "COUNTRY", payload: { slug: `toldland-${tag}`, name: `Toldland ${tag}`, region: "Asia", citations: [{ sourceId: "source_seed-text" }] } },
    });
    await submitChangeSet({ db, actor: editor, input: { changeSetId: told.changeSetId } });
    await approveChangeSet({ db, actor: admin, input: { changeSetId: told.changeSetId } });
    const seeded = await db.revision.findFirstOrThrow({ where: { entryId: "event_2011-08-biden-visit", status: "PUBLISHED" }, orderBy: { publishedVersion: "desc" } });
    const e = "event_2011-08-biden-visit";
    const kinds = ["event", "relationship", "mission", "membership", "fact", "body", "country", "organization", "person", "source"];
    return {
      editor: [
        "/",
        "/entries",
        "/entries?q=trainings+sessions",
        "/entries/new",
        ...kinds.map((k) => `/entries/new/${k}`),
        `/entries/${e}`,
        `/entries/${e}/edit`,
        `/entries/${e}/compare?from=${seeded.id}&to=${seeded.id}`,
        `/revisions/${seeded.id}`,
        `/revisions/${event.revisionId}`,
        `/revisions/${event.revisionId}/edit`,
        `/revisions/${event.revisionId}/preview`,
        `/change-sets/${event.changeSetId}`,
        "/paste",
        "/inbox",
      ],
      admin: ["/", "/review", `/review/${sent.revisionId}`, `/change-sets/${sent.changeSetId}`, `/revisions/${sent.revisionId}`, "/users", "/audit", "/entries?q=mongolia"],
    };
  } finally {
    await db.$disconnect();
  }
}
