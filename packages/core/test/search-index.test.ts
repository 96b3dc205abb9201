import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { search } from "../src/public/search.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

describe("search after an edit to something other entries quote", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const publishEdit = async (kind: "PERSON" | "COUNTRY", entryId: string, change: Record<string, unknown>) => {
    const payload = { ...(await publishedPayload(t.db, entryId)), ...change };
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, entryId, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    // What quotes the entry is refreshed after commit, by the job worker.
    await drainJobs({ url: t.url, db: t.db });
  };

  it("finds an event under the new name of a person who took part in it", async () => {
    expect((await search(t.db, "Brzezinski")).total).toBe(0);
    await publishEdit("PERSON", "person_joe-biden", { name: "Joe Brzezinski Biden" });
    const hits = (await search(t.db, "Brzezinski")).hits;
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(["person_joe-biden", "event_2011-08-biden-visit"]));
  });

  it("links results to a country's new address once its slug changes", async () => {
    const missions = async () => (await search(t.db, "consulate Irkutsk")).hits.filter((h) => h.kind === "MISSION").map((h) => h.path);
    expect(await missions()).toEqual(["/countries/russia#missions"]);
    await publishEdit("COUNTRY", "country_russia", { slug: "russian-federation" });
    expect(await missions()).toEqual(["/countries/russian-federation#missions"]);
  });
});

describe("search results of the seeded data", () => {
  const t = freshDatabase("seeded");

  it("all link to a public page that exists", async () => {
    const [docs, site] = await Promise.all([
      t.db.searchDocument.findMany({ select: { entryId: true, path: true } }),
      t.db.site.findUniqueOrThrow({ where: { id: 1 }, include: { focusCountry: true } }),
    ]);
    const published = async (table: "country" | "organization" | "person" | "event" | "source", slug: string) =>
      (await (t.db[table] as unknown as { count(a: object): Promise<number> }).count({ where: { slug, entry: { status: "PUBLISHED" } } })) === 1;
    const broken: string[] = [];
    for (const { entryId, path } of docs) {
      const [, section, slug] = path.split("#")[0]!.split("/");
      const table = { countries: "country", organizations: "organization", people: "person", events: "event", sources: "source" }[section ?? ""] as "country" | undefined;
      const ok = path.startsWith("/#") || path === "/" || (table !== undefined && slug !== site.focusCountry.slug && (await published(table, slug ?? "")));
      if (!ok) broken.push(`${entryId} → ${path}`);
    }
    expect(docs.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
