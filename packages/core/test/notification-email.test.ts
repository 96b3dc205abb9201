import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { returnChangeSet } from "../src/change-sets/return-change-set.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import type { MailSettings } from "../src/env.ts";
import { sendNotificationEmails } from "../src/inbox/send-notification-emails.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";
import { startSmtpSink } from "./support/smtp-sink.ts";

const STRICT = { allowSelfApproval: false };

describe("notification e-mail through SMTP", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let mail: MailSettings;
  beforeAll(async () => {
    a = await makeActors(t.db);
    sink = await startSmtpSink();
    mail = { smtpUrl: sink.url, from: "Foreign Relations Atlas <atlas@atlas.test>", adminUrl: "http://admin.atlas.test" };
  });
  afterAll(async () => {
    await sink?.close();
  });

  const event = (slug: string) => ({
    slug,
    title: `Event ${slug}`,
    description: "A test event.",
    type: "AGREEMENT",
    start: "2025-03",
    countryIds: ["country_qatar", "country_mongolia"],
    citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
  });
  const submitted = async (actor: Actor, slug: string) => {
    const saved = await saveDraft({ db: t.db, actor, input: { kind: "EVENT", payload: event(slug) } });
    await submitRevision({ db: t.db, actor, input: saved });
    return saved;
  };
  const idsOf = async (userId: string) => (await t.db.notification.findMany({ where: { userId }, select: { id: true } })).map((n) => n.id);

  it("e-mails each notification once to its user's address, with the message, the reviewer's comment and a link", async () => {
    const good = await submitted(a.editor, "mailed-approval");
    await approveRevision({ db: t.db, actor: a.admin, input: good, policy: STRICT });
    const bad = await submitted(a.editor2, "mailed-changes");
    const comment = "Cite the communiqué itself, not the press report.";
    await returnChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: bad.changeSetId, decisions: [{ revisionId: bad.revisionId, decision: "changes", comment }] } });

    // What the worker does: the notify.email jobs queued with the notifications.
    const run = await drainJobs({ url: t.url, db: t.db, mail });
    expect(run.failed).toBe(0);
    expect(sink.received).toHaveLength(2);
    const toEditor = sink.received.find((m) => m.to.includes("editor@atlas.test"))!;
    expect(toEditor).toMatchObject({ from: "atlas@atlas.test", subject: "“Event mailed-approval” was approved and published." });
    expect(toEditor.text).toContain("“Event mailed-approval” was approved and published.");
    expect(toEditor.text).toContain(`http://admin.atlas.test/change-sets/${good.changeSetId}`);
    const toEditor2 = sink.received.find((m) => m.to.includes("editor2@atlas.test"))!;
    expect(toEditor2.to).toEqual(["editor2@atlas.test"]);
    expect(toEditor2.subject).toBe("“Event mailed-changes” needs changes before it can be published.");
    expect(toEditor2.text).toContain(comment);

    const all = [...(await idsOf(a.editor.id)), ...(await idsOf(a.editor2.id))];
    expect(await t.db.notification.count({ where: { id: { in: all }, emailedAt: null } })).toBe(0);

    // Run again (a job retried, or sent twice): nothing more goes out.
    await expect(sendNotificationEmails(t.db, all, mail)).resolves.toBe(0);
    await drainJobs({ url: t.url, db: t.db, mail });
    expect(sink.received).toHaveLength(2);
  });

  it("sends nothing and fails nothing without SMTP settings; the inbox still has the notification", async () => {
    const before = sink.received.length;
    const good = await submitted(a.editor, "unmailed-approval");
    await approveRevision({ db: t.db, actor: a.admin, input: good, policy: STRICT });
    const note = await t.db.notification.findFirstOrThrow({ where: { userId: a.editor.id, changeSetId: good.changeSetId } });

    const run = await drainJobs({ url: t.url, db: t.db, mail: null });
    expect(run).toMatchObject({ failed: 0 });
    await expect(sendNotificationEmails(t.db, [note.id], null)).resolves.toBe(0);
    expect(sink.received).toHaveLength(before);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: note.id } })).emailedAt).toBeNull();
  });

  it("leaves a notification unsent when the SMTP server is unreachable, so that a retry sends it", async () => {
    const before = sink.received.length;
    const good = await submitted(a.editor, "retried-approval");
    await approveRevision({ db: t.db, actor: a.admin, input: good, policy: STRICT });
    const note = await t.db.notification.findFirstOrThrow({ where: { userId: a.editor.id, changeSetId: good.changeSetId } });

    const down = { ...mail, smtpUrl: "smtp://127.0.0.1:1" };
    await expect(sendNotificationEmails(t.db, [note.id], down)).rejects.toThrow();
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: note.id } })).emailedAt).toBeNull();

    await expect(sendNotificationEmails(t.db, [note.id], mail)).resolves.toBe(1);
    expect(sink.received.slice(before).map((m) => m.subject)).toEqual(["“Event retried-approval” was approved and published."]);
  });
});
