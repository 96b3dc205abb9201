import { coreTask } from "./core.ts";
import { readState } from "./state.ts";

type Saved = { revisionId: string; entryId: string; changeSetId: string };

/**
 * Every page of the admin app, with real ids behind them: a change set of the editor's still
 * being written (a source with its passage and an event citing it), one sent for review by the
 * second editor, and a notification in the editor's inbox. Made through core, as the app would.
 */
export function adminPages() {
  const { accounts } = readState();
  const { source, draft, sent, seededRevisionId } = coreTask<{ source: Saved; draft: Saved; sent: Saved; seededRevisionId: string }>("adminPages", {
    editor: accounts.editor.email,
    editor2: accounts.editor2.email,
    admin: accounts.admin.email,
  });
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
      `/entries/${e}/compare?from=${seededRevisionId}&to=${seededRevisionId}`,
      `/revisions/${seededRevisionId}`,
      `/revisions/${draft.revisionId}`,
      `/revisions/${draft.revisionId}/edit`,
      `/revisions/${source.revisionId}/preview`,
      `/change-sets/${draft.changeSetId}`,
      "/paste",
      "/inbox",
    ],
    admin: ["/", "/review", `/review/${sent.revisionId}`, `/change-sets/${sent.changeSetId}`, `/revisions/${sent.revisionId}`, "/users", "/audit", "/entries?q=mongolia"],
  };
}
