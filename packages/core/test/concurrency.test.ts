import { beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@atlas/db";
import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { ConflictError, StateError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { rejectRevision } from "../src/review/reject-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

const STRICT = { allowSelfApproval: false };
const ENTRY = "event_2020-qatar-memorandum";

// Each admin works through a connection pool of its own, as two app processes would.
describe("two admins at the same moment", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const submitted = async (author: (typeof a)["editor"], description: string) => {
    const payload = { ...(await publishedPayload(t.db, ENTRY)), description };
    const saved = await saveDraft({ db: t.db, actor: author, input: { kind: "EVENT", entryId: ENTRY, payload } });
    await submitRevision({ db: t.db, actor: author, input: saved });
    return saved;
  };

  it("approving two revisions of one entry publishes one and tells the other admin of the conflict", async () => {
    const before = await t.db.entry.findUniqueOrThrow({ where: { id: ENTRY } });
    const first = await submitted(a.editor, "The first editor's wording.");
    const second = await submitted(a.editor2, "The second editor's wording.");
    const [db1, db2] = [createDb(t.url, { max: 2 }), createDb(t.url, { max: 2 })];
    try {
      const results = await Promise.allSettled([
        approveRevision({ db: db1, actor: a.admin, input: first, policy: STRICT }),
        approveRevision({ db: db2, actor: a.admin2, input: second, policy: STRICT }),
      ]);
      const published = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(published).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(ConflictError);
      expect((refused[0]!.reason as Error).message).toMatch(/was published as version \d+ after this revision was written against version \d+/);
    } finally {
      await Promise.all([db1.$disconnect(), db2.$disconnect()]);
    }
    const after = await t.db.entry.findUniqueOrThrow({ where: { id: ENTRY } });
    expect(after.version).toBe(before.version + 1);
    const statuses = await t.db.revision.findMany({ where: { id: { in: [first.revisionId, second.revisionId] } }, select: { status: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(["PUBLISHED", "SUBMITTED"]);
  });

  it("one revision approved and sent back at the same moment ends in exactly one of the two", async () => {
    const revision = await submitted(a.editor, "Approve or send back?");
    const [db1, db2] = [createDb(t.url, { max: 2 }), createDb(t.url, { max: 2 })];
    try {
      const results = await Promise.allSettled([
        approveRevision({ db: db1, actor: a.admin, input: revision, policy: STRICT }),
        rejectRevision({ db: db2, actor: a.admin2, input: { ...revision, comment: "Not like this." }, final: false }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(refused.reason).toBeInstanceOf(StateError);
    } finally {
      await Promise.all([db1.$disconnect(), db2.$disconnect()]);
    }
    const row = await t.db.revision.findUniqueOrThrow({ where: { id: revision.revisionId } });
    const entry = await t.db.entry.findUniqueOrThrow({ where: { id: ENTRY } });
    // Either published (and the entry moved on) or sent back (and the entry did not).
    expect(row.status === "PUBLISHED" ? entry.version === row.publishedVersion : row.status === "CHANGES_REQUESTED").toBe(true);
  });

  it("the same revision approved by two admins at once is published once", async () => {
    const revision = await submitted(a.editor, "Approved twice?");
    const before = await t.db.entry.findUniqueOrThrow({ where: { id: ENTRY } });
    const [db1, db2] = [createDb(t.url, { max: 2 }), createDb(t.url, { max: 2 })];
    try {
      const results = await Promise.allSettled([
        approveRevision({ db: db1, actor: a.admin, input: revision, policy: STRICT }),
        approveRevision({ db: db2, actor: a.admin2, input: revision, policy: STRICT }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(StateError);
    } finally {
      await Promise.all([db1.$disconnect(), db2.$disconnect()]);
    }
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: ENTRY } })).version).toBe(before.version + 1);
    expect(await t.db.auditLog.count({ where: { action: "revision.approve", targetId: revision.revisionId } })).toBe(1);
  });
});
