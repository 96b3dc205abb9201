import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { closeReport } from "../src/corrections/close-report.ts";
import { issueFormToken, MIN_FILL_MS } from "../src/corrections/form-token.ts";
import { getReport, listReports } from "../src/corrections/list-reports.ts";
import { sendReportReply } from "../src/corrections/send-report-reply.ts";
import { startChangeSetFromReport } from "../src/corrections/start-change-set-from-report.ts";
import { submitCorrection } from "../src/corrections/submit-correction.ts";
import { openNotification } from "../src/inbox/open-notification.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { makeActors } from "./support/actors.ts";
import { startSmtpSink } from "./support/smtp-sink.ts";

const SECRET = "a test secret that is long enough to sign forms";
/** A form handed out `ago` milliseconds before it is sent (a person takes a while). */
const form = (entryId: string | null, fields: Record<string, string> = {}, ago = 10_000) => ({
  entryId: entryId ?? "",
  pagePath: entryId === "rel_china" ? "/countries/china" : "/contact",
  message: "The 48 % figure is for 2009 according to the customs yearbook.",
  token: issueFormToken(SECRET, entryId, Date.now() - ago),
  website: "",
  ...fields,
});
let address = 0;
/** Each test sends from its own address unless it means to share one. */
const client = (ip = `198.51.100.${++address}`) => ({ address: ip, secret: SECRET });

describe("readers' corrections reach the editors", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  it("lands a correction sent without an account as a report linked to the entry, in every editor's inbox", async () => {
    const sent = await submitCorrection({ db: t.db, input: form("rel_china", { email: "reader@example.org", name: "A Reader" }), client: client() });
    expect(sent).toMatchObject({ stored: true });
    const report = await t.db.report.findUniqueOrThrow({ where: { id: (sent as { reportId: string }).reportId } });
    expect(report).toMatchObject({ entryId: "rel_china", pagePath: "/countries/china", status: "OPEN", email: "reader@example.org", name: "A Reader" });
    const notes = await t.db.notification.findMany({ where: { reportId: report.id } });
    expect(notes.map((n) => n.userId).sort()).toEqual([a.editor.id, a.editor2.id, a.admin.id, a.admin2.id].sort());
    expect(notes[0]).toMatchObject({ kind: "READER_REPORT", entryId: "rel_china", message: "A reader suggested a correction to “Mongolia – China relations”.", readAt: null });
    expect(notes[0]!.comment).toContain("customs yearbook");
    // Opened from the inbox, it leads to the report (and counts as read).
    const mine = notes.find((n) => n.userId === a.editor.id)!;
    expect(await openNotification({ db: t.db, actor: a.editor, input: { notificationId: mine.id } })).toEqual({ href: `/reports/${report.id}` });
    const { items, open } = await listReports({ db: t.db, actor: a.editor });
    expect(items.map((r) => r.id)).toContain(report.id);
    expect(open).toBeGreaterThan(0);
    // The audit log records that it came, not who sent it.
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "report.receive", targetId: report.id } });
    expect(audit.actorEmail).toBeNull();
  });

  it("slows a second correction from the same address within a minute, keeping nothing of it; another address is not slowed", async () => {
    const ip = client();
    await submitCorrection({ db: t.db, input: form("rel_china"), client: ip });
    const before = await t.db.report.count();
    await expect(submitCorrection({ db: t.db, input: form("rel_china"), client: ip })).rejects.toThrow(/sent from your address a moment ago\. Please wait (5\d|60) seconds/);
    expect(await t.db.report.count()).toBe(before);
    await expect(submitCorrection({ db: t.db, input: form("rel_china"), client: client() })).resolves.toMatchObject({ stored: true });
    // A minute later the address may send again.
    await t.db.reportThrottle.updateMany({ data: { lastAt: new Date(Date.now() - 61_000) } });
    await expect(submitCorrection({ db: t.db, input: form("rel_china"), client: ip })).resolves.toMatchObject({ stored: true });
  });

  it("lets one of two corrections sent at the same moment from one address through, never both", async () => {
    const ip = client();
    const results = await Promise.allSettled([1, 2, 3].map(() => submitCorrection({ db: t.db, input: form(null), client: ip })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => String(r.reason))).toEqual([expect.stringMatching(/Please wait/), expect.stringMatching(/Please wait/)]);
  });

  it("keeps spam out without third parties: the hidden field, a form sent too quickly, a forged, foreign or old form", async () => {
    const before = [await t.db.report.count(), await t.db.notification.count(), await t.db.reportThrottle.count()];
    // A bot fills in the field people never see: answered as if it worked, nothing kept.
    await expect(submitCorrection({ db: t.db, input: form("rel_china", { website: "https://spam.example" }), client: client() })).resolves.toEqual({ stored: false });
    await expect(submitCorrection({ db: t.db, input: form("rel_china", {}, MIN_FILL_MS - 2000), client: client() })).rejects.toThrow(/quicker than anyone can read and write/);
    await expect(submitCorrection({ db: t.db, input: form("rel_china", { token: `${Date.now() - 10_000}.${"A".repeat(43)}` }), client: client() })).rejects.toThrow(
      /could not be checked/,
    );
    await expect(submitCorrection({ db: t.db, input: form("rel_china", { token: issueFormToken(SECRET, "rel_japan", Date.now() - 10_000) }), client: client() })).rejects.toThrow(
      /could not be checked/,
    );
    await expect(
      submitCorrection({ db: t.db, input: form("rel_china", { token: issueFormToken("another site's secret", "rel_china", Date.now() - 10_000) }), client: client() }),
    ).rejects.toThrow(/could not be checked/);
    await expect(submitCorrection({ db: t.db, input: form("rel_china", {}, 25 * 3600_000), client: client() })).rejects.toThrow(/opened too long ago/);
    expect([await t.db.report.count(), await t.db.notification.count(), await t.db.reportThrottle.count()]).toEqual(before);
  });

  it("refuses what cannot be a correction with a message for each field, and a page no longer published", async () => {
    const before = await t.db.report.count();
    await expect(
      submitCorrection({ db: t.db, input: form("rel_china", { message: "bad", email: "not-an-address", pagePath: "https://evil.example/" }), client: client() }),
    ).rejects.toMatchObject({
      fieldErrors: {
        message: ["Say what is wrong, in a sentence or more."],
        email: ["That does not look like an e-mail address."],
        pagePath: ["Not a page of this site."],
      },
    });
    await expect(submitCorrection({ db: t.db, input: form("event_nowhere"), client: client() })).rejects.toThrow(/no longer published/);
    expect(await t.db.report.count()).toBe(before);
  });

  it("turns a correction into a change set: a draft of the entry as published, the reader quoted in the set's note", async () => {
    const sent = (await submitCorrection({ db: t.db, input: form("rel_china"), client: client() })) as { reportId: string };
    const { changeSetId, revisionId } = await startChangeSetFromReport({ db: t.db, actor: a.editor, input: { reportId: sent.reportId } });
    const revision = await t.db.revision.findUniqueOrThrow({ where: { id: revisionId }, include: { changeSet: true } });
    expect(revision).toMatchObject({ entryId: "rel_china", status: "DRAFT", authorId: a.editor.id, changeSetId });
    expect(revision.changeSet.note).toContain("customs yearbook");
    expect(await getReport({ db: t.db, actor: a.editor2, input: { reportId: sent.reportId } })).toMatchObject({
      status: "IN_CHANGE_SET",
      changeSetId,
      handledBy: { name: "editor" },
    });
    // Taken up: the other editors' notices of it are read; a second editor cannot take it again.
    expect(await t.db.notification.count({ where: { reportId: sent.reportId, readAt: null } })).toBe(0);
    await expect(startChangeSetFromReport({ db: t.db, actor: a.editor2, input: { reportId: sent.reportId } })).rejects.toThrow(
      "That report is already being worked on in a change set.",
    );
  });

  it("closes a correction with a reply, e-mailed once to a reader who left an address", async () => {
    const sink = await startSmtpSink();
    try {
      const mail = { smtpUrl: sink.url, from: "Atlas <atlas@atlas.test>", adminUrl: "http://admin.atlas.test" };
      await drainJobs({ url: t.url, db: t.db, mail: null }); // the notices queued so far
      const sent = (await submitCorrection({ db: t.db, input: form("rel_china", { email: "reader@example.org" }), client: client() })) as { reportId: string };
      await expect(closeReport({ db: t.db, actor: a.editor2, input: { reportId: sent.reportId, reply: "  " } })).rejects.toMatchObject({
        fieldErrors: { reply: ["Write a reply: what was done, or why nothing was."] },
      });
      await closeReport({ db: t.db, actor: a.editor2, input: { reportId: sent.reportId, reply: "Thank you: the year is now given." } });
      await drainJobs({ url: t.url, db: t.db, mail });
      const reply = sink.received.find((m) => m.to.includes("reader@example.org"))!;
      expect(reply.subject).toBe("Your correction to “Mongolia – China relations”");
      expect(reply.text).toContain("Thank you: the year is now given.");
      expect(reply.text).toContain("customs yearbook");
      await expect(sendReportReply(t.db, sent.reportId, mail)).resolves.toBe(false);
      expect(sink.received.filter((m) => m.to.includes("reader@example.org"))).toHaveLength(1);
      await expect(closeReport({ db: t.db, actor: a.editor, input: { reportId: sent.reportId, reply: "Again" } })).rejects.toThrow("That report is already closed.");
    } finally {
      await sink.close();
    }
  });

  it("shows reports to editors only, and a report about no entry cannot become a change set", async () => {
    const sent = (await submitCorrection({ db: t.db, input: form(null, { message: "The contact page has no postal address." }), client: client() })) as { reportId: string };
    await expect(listReports({ db: t.db, actor: null })).rejects.toThrow("Please sign in.");
    await expect(getReport({ db: t.db, actor: a.editor, input: { reportId: "not-a-uuid" } })).rejects.toThrow("That report does not exist.");
    await expect(startChangeSetFromReport({ db: t.db, actor: a.editor, input: { reportId: sent.reportId } })).rejects.toThrow(/not about a published entry/);
  });
});
