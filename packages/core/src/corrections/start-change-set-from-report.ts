import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan, EDITABLE_STATES } from "../auth/permissions.ts";
import { openChangeSet } from "../change-sets/open-change-set.ts";
import { saveDraftIn } from "../drafts/save-draft.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { parseOrThrow, StateError } from "../errors.ts";
import { lockReport } from "./lock-report.ts";
import { ZReportRef, type TReportRef } from "./schemas.ts";

/**
 * Turns a reader's correction into work: a draft of the entry it is about, as published, in a
 * change set whose note quotes the reader (shown beside the form), or the editor's own open
 * draft of it if they have one. The report then points at that change set until it is closed.
 */
export async function startChangeSetFromReport({ db, actor, input }: { db: Db; actor: Actor | null; input: TReportRef }) {
  assertCan(actor, "report.handle");
  assertCan(actor, "revision.create");
  const { reportId } = parseOrThrow(ZReportRef, input);
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, reportId, ["OPEN"]);
    if (!report.entry || report.entry.status !== "PUBLISHED")
      throw new StateError("This report is not about a published entry: start a change set from the entry concerned, then close the report with a reply.");
    const published = await latestPublishedPayload(tx, report.entry.id);
    if (!published) throw new StateError("That entry has no published version to start from.");
    const own = await tx.revision.findFirst({
      where: { entryId: report.entry.id, authorId: actor.id, status: { in: [...EDITABLE_STATES] }, action: "UPSERT" },
      select: { id: true, changeSetId: true },
    });
    const note = `A reader's correction (${report.createdAt.toISOString().slice(0, 10)}): “${report.message}”`;
    const changeSetId = own?.changeSetId ?? (await openChangeSet(tx, actor, undefined, note.slice(0, 5000)));
    const draft =
      own ?? (await saveDraftIn(tx, actor, { kind: report.entry.kind, entryId: report.entry.id, changeSetId, payload: published.payload, message: "From a reader's correction" }));
    const revisionId = "revisionId" in draft ? draft.revisionId : draft.id;
    await tx.report.update({ where: { id: report.id }, data: { status: "IN_CHANGE_SET", changeSetId, handledById: actor.id, handledAt: new Date() } });
    // Someone took it up: the other editors' notices of it are done with.
    await tx.notification.updateMany({ where: { reportId: report.id, readAt: null }, data: { readAt: new Date() } });
    await writeAudit(tx, { actor, action: "report.change_set", targetType: "Report", targetId: report.id, data: { entryId: report.entry.id, changeSetId, revisionId } });
    return { changeSetId, revisionId };
  });
}
