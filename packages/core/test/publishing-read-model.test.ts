import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { publishPayload } from "../src/entries/publish-payload.ts";
import type { ValidationError } from "../src/errors.ts";
import type { PayloadOf } from "../src/kinds/registry.ts";
import { loadDisputes } from "../src/public/disputes.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

// What publishing writes into the public read model: the entry's qualifiers, a disputed
// statement's readings with their own citations, versions, and the record of who published what.

describe("what a publication writes for readers", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const publishEdit = async (kind: "MEMBERSHIP" | "FACT" | "COUNTRY", entryId: string, change: Record<string, unknown>) => {
    const payload = { ...(await publishedPayload(t.db, entryId)), ...change };
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, entryId, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    return saved;
  };
  const citationsOf = (entryId: string) =>
    t.db.citation.findMany({ where: { entryId }, orderBy: { position: "asc" }, select: { position: true, sourceId: true, excerptId: true, locator: true, alternativeId: true } });

  it("publishes each reading of a disputed statement with its note and its own citations, after the statement's, and replaces them on the next edit", async () => {
    const osce = "membership_mongolia-osce";
    await publishEdit("MEMBERSHIP", osce, {
      alternatives: [
        { value: "MEMBER", note: "The opening words say member.", citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s16", locator: "p. 3" }] },
        {
          value: "OBSERVER",
          note: "An older list says observer.",
          citations: [
            { sourceId: "source_ref-65", excerptId: "excerpt_s22" },
            { sourceId: "source_seed-text", excerptId: null },
          ],
        },
      ],
    });
    const readings = await t.db.statementAlternative.findMany({ where: { entryId: osce }, orderBy: { position: "asc" } });
    expect(readings.map((r) => ({ id: r.id, field: r.field, value: r.value, note: r.note, position: r.position }))).toEqual([
      { id: `${osce}~0`, field: "status", value: "MEMBER", note: "The opening words say member.", position: 0 },
      { id: `${osce}~1`, field: "status", value: "OBSERVER", note: "An older list says observer.", position: 1 },
    ]);
    expect(await citationsOf(osce)).toEqual([
      { position: 0, sourceId: "source_seed-text", excerptId: "excerpt_s16", locator: null, alternativeId: null },
      { position: 1, sourceId: "source_seed-text", excerptId: "excerpt_s16", locator: "p. 3", alternativeId: `${osce}~0` },
      { position: 2, sourceId: "source_ref-65", excerptId: "excerpt_s22", locator: null, alternativeId: `${osce}~1` },
      { position: 3, sourceId: "source_seed-text", excerptId: null, locator: null, alternativeId: `${osce}~1` },
    ]);
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: osce } })).preferredReason).toMatch(/more precise/);

    // Publishing another entry leaves these readings alone: readers still see both.
    await publishEdit("COUNTRY", "country_qatar", { capital: "Doha" });
    const dispute = (await loadDisputes(t.db, [osce])).get(osce)!;
    expect(dispute.alternatives.map((r) => [r.value, r.note, r.citations.length])).toEqual([
      ["MEMBER", "The opening words say member.", 1],
      ["OBSERVER", "An older list says observer.", 2],
    ]);

    // No longer disputed: the readings and their citations go, the statement's own stay.
    await publishEdit("MEMBERSHIP", osce, { alternatives: [], preferredReason: null });
    expect(await t.db.statementAlternative.count({ where: { entryId: osce } })).toBe(0);
    expect(await citationsOf(osce)).toEqual([{ position: 0, sourceId: "source_seed-text", excerptId: "excerpt_s16", locator: null, alternativeId: null }]);
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: osce } })).preferredReason).toBeNull();
  });

  it("keeps a decimal reading exactly as written", async () => {
    const fact = "fact_china-share-of-mongolian-exports";
    await publishEdit("FACT", fact, {
      alternatives: [{ value: "52.25", note: "A later estimate.", citations: [{ sourceId: "source_ref-24", excerptId: "excerpt_s06" }] }],
      preferredReason: "The customs figure.",
    });
    const [reading] = await t.db.statementAlternative.findMany({ where: { entryId: fact } });
    expect([reading!.field, reading!.value]).toEqual(["value", "52.25"]);
  });

  it("publishes who says so, how sure it is and whether it is official; entries that are not statements read as official stated facts", async () => {
    const refugees = "fact_north-korean-refugees-per-month";
    await publishEdit("FACT", refugees, { official: false, certainty: "CLAIM", attribution: "Local newspapers" });
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: refugees }, select: { official: true, certainty: true, attribution: true } })).toEqual({
      official: false,
      certainty: "CLAIM",
      attribution: "Local newspapers",
    });
    await publishEdit("COUNTRY", "country_qatar", { capital: "Doha (Ad-Dawhah)" });
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: "country_qatar" }, select: { official: true, certainty: true, attribution: true, preferredReason: true } })).toEqual({
      official: true,
      certainty: "STATED",
      attribution: null,
      preferredReason: null,
    });
  });

  it("gives every publication the next version, records it on the revision, and leaves the seed's version as it was", async () => {
    const before = await t.db.entry.findUniqueOrThrow({ where: { id: "country_mongolia" } });
    const saved = await publishEdit("COUNTRY", "country_mongolia", { capital: "Ulaanbaatar (Ulan Bator)" });
    const after = await t.db.entry.findUniqueOrThrow({ where: { id: "country_mongolia" } });
    expect([after.status, after.version, after.label]).toEqual(["PUBLISHED", before.version + 1, "Mongolia"]);
    expect(after.publishedAt!.getTime()).toBeGreaterThan(before.publishedAt!.getTime());
    // The seed import tells editors' versions from its own by this.
    expect([after.seedHash, after.seedVersion]).toEqual([before.seedHash, before.seedVersion]);
    const revision = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
    expect([revision.status, revision.publishedVersion, revision.label]).toEqual(["PUBLISHED", after.version, "Mongolia"]);
  });

  it("records an import's publication as a change set of one, with no author, its message and the seed's hash", async () => {
    const payload = {
      ...(await publishedPayload(t.db, "country_qatar")),
      slug: "atlantis",
      name: "Atlantis",
      iso2: null,
      iso3: null,
      isoNumeric: null,
      wikidataId: null,
    } as PayloadOf<"COUNTRY">;
    const first = await t.db.$transaction((tx) => publishPayload(tx, { id: "country_atlantis", kind: "COUNTRY", payload, message: "Imported.", seedHash: "hash-1" }));
    expect(first).toEqual({ version: 1, label: "Atlantis" });
    const entry = await t.db.entry.findUniqueOrThrow({ where: { id: "country_atlantis" } });
    expect([entry.kind, entry.status, entry.version, entry.seedHash, entry.seedVersion]).toEqual(["COUNTRY", "PUBLISHED", 1, "hash-1", 1]);
    const [revision, ...more] = await t.db.revision.findMany({ where: { entryId: "country_atlantis" }, include: { changeSet: { include: { revisions: true } } } });
    expect(more).toEqual([]);
    expect(revision).toMatchObject({
      status: "PUBLISHED",
      publishedVersion: 1,
      baseVersion: 0,
      authorId: null,
      kind: "COUNTRY",
      label: "Atlantis",
      message: "Imported.",
      action: "UPSERT",
    });
    expect(revision!.payload).toEqual(payload);
    expect([revision!.submittedAt, revision!.reviewedAt]).toEqual([entry.publishedAt, entry.publishedAt]);
    expect(revision!.changeSet.revisions).toHaveLength(1);

    const second = await t.db.$transaction((tx) => publishPayload(tx, { id: "country_atlantis", kind: "COUNTRY", payload: { ...payload, name: "Atlantis Major" } }));
    expect(second).toEqual({ version: 2, label: "Atlantis Major" });
    const latest = await t.db.revision.findFirstOrThrow({ where: { entryId: "country_atlantis", publishedVersion: 2 } });
    expect([latest.baseVersion, latest.message]).toEqual([1, null]);
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: "country_atlantis" }, select: { seedHash: true, seedVersion: true } })).toEqual({
      seedHash: "hash-1",
      seedVersion: 1,
    });
  });

  it("refuses an imported payload that names what does not exist, and writes none of it", async () => {
    const payload = {
      ...(await publishedPayload(t.db, "person_joe-biden")),
      slug: "nobody",
      name: "Nobody",
      wikidataId: null,
      countryId: "country_atlantis-deep",
    } as PayloadOf<"PERSON">;
    const error = await t.db.$transaction((tx) => publishPayload(tx, { id: "person_nobody", kind: "PERSON", payload })).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ countryId: ['No country has the id "country_atlantis-deep".'] });
    expect(await t.db.entry.findUnique({ where: { id: "person_nobody" } })).toBeNull();
  });
});
