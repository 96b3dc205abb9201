import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { IncompleteError, ValidationError } from "../src/errors.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors } from "./support/actors.ts";

// What an editor is told when an entry names something it cannot: an excerpt that does not exist,
// an entry taken off the site, a name another entry already uses.

const STRICT = { allowSelfApproval: false };
const event = (slug: string, countryIds: string[], excerptId: string | null = null) => ({
  slug,
  title: `Event ${slug}`,
  description: "Talks.",
  type: "VISIT",
  start: "2019-05",
  countryIds,
  citations: [{ sourceId: "source_seed-text", excerptId }],
});

describe("links to other entries, checked when saving, submitting and publishing", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const publishNew = async (kind: "COUNTRY", payload: Record<string, unknown>) => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
    return saved.entryId;
  };
  const takeOff = async (entryId: string, action: "UNPUBLISH" | "DELETE") => {
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId }, action });
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: STRICT });
  };

  it("names a cited excerpt that does not exist, field by field, and saves nothing", async () => {
    const before = await t.db.revision.count();
    const error = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "EVENT",
        payload: {
          ...event("excerpt-check", ["country_mongolia", "country_qatar"]),
          citations: [
            { sourceId: "source_seed-text", excerptId: "excerpt_s05" },
            { sourceId: "source_seed-text", excerptId: "excerpt_nowhere" },
          ],
        },
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ "citations.1.excerptId": ["That passage is not in “Foreign relations of Mongolia: the seed text”."] });
    expect(await t.db.revision.count()).toBe(before);
  });

  it("refuses a draft that names a deleted entry, and an approval whose link was taken off the site meanwhile", async () => {
    const lemuria = await publishNew("COUNTRY", { slug: "lemuria", name: "Lemuria", region: "Asia" });
    const mu = await publishNew("COUNTRY", { slug: "mu", name: "Mu", region: "Asia" });
    await takeOff(lemuria, "DELETE");
    const error = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: event("lemuria-talks", ["country_mongolia", lemuria]) } }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ "countryIds.1": ['"Lemuria" is not published.'] });

    // Submitted while Mu was on the site; Mu leaves before the approval.
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: event("mu-talks", ["country_mongolia", mu]) } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await takeOff(mu, "UNPUBLISH");
    const refused = await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    // The reviewer is told which entry and which field, by the label its form shows.
    expect(refused).toMatchObject({ message: "“Event mu-talks” cannot be published as it stands; nothing was published." });
    expect((refused as ValidationError).fieldErrors).toEqual({ "countryIds.1": ['Event mu-talks · Countries involved: "Mu" is not published.'] });
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: saved.entryId }, select: { status: true } })).toEqual({ status: "DRAFT" });
    // A draft may still name an unpublished (not deleted) entry: it may come back.
    const draft = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: event("mu-again", ["country_mongolia", mu]) } });
    expect(draft.label).toBe("Event mu-again");
  });

  it("names a citation's unknown source at its own field, and refuses an approval whose passage was removed meanwhile", async () => {
    const unknown = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", payload: { ...event("unknown-source", ["country_mongolia", "country_qatar"]), citations: [{ sourceId: "source_nowhere" }] } },
    }).catch((e: unknown) => e);
    expect((unknown as ValidationError).fieldErrors).toEqual({ "citations.0.sourceId": ['No source has the id "source_nowhere".'] });

    const passage = { id: "excerpt_letters-1", text: "A passage.", position: 0 };
    const publishSource = async (excerpts: (typeof passage)[], entryId?: string) => {
      const saved = await saveDraft({
        db: t.db,
        actor: a.editor,
        input: { kind: "SOURCE", payload: { slug: "letters", title: "Letters", kind: "BOOK", excerpts }, ...(entryId ? { entryId } : {}) },
      });
      await submitRevision({ db: t.db, actor: a.editor, input: saved });
      await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
      return saved.entryId;
    };
    const letters = await publishSource([passage]);
    // Submitted while the passage existed; the source is edited without it before the approval.
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: { kind: "EVENT", payload: { ...event("letters-talks", ["country_mongolia", "country_qatar"]), citations: [{ sourceId: letters, excerptId: passage.id }] } },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await publishSource([], letters);
    const refused = await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({ "citations.0.excerptId": ["Event letters-talks · Sources: That passage is not in “Letters”."] });
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: saved.entryId }, select: { status: true } })).toEqual({ status: "DRAFT" });
  });

  it("publishes an entry under a name made of the names of what it links to", async () => {
    const saved = await saveDraft({
      db: t.db,
      actor: a.editor,
      input: {
        kind: "MISSION",
        payload: { type: "EMBASSY", senderId: "country_qatar", hostId: "country_mongolia", city: "Ulaanbaatar", citations: [{ sourceId: "source_seed-text" }] },
      },
    });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: STRICT });
    expect(await t.db.entry.findUniqueOrThrow({ where: { id: saved.entryId }, select: { label: true, status: true } })).toEqual({
      label: "Embassy of Qatar in Ulaanbaatar",
      status: "PUBLISHED",
    });
  });

  it("tells the editor which entry already uses a unique name; an optional one left empty clashes with nothing", async () => {
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", payload: { slug: "qatar", name: "Qatar again", region: "Asia", iso2: "QA" } } });
    const error = await submitRevision({ db: t.db, actor: a.editor, input: saved }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteError);
    expect((error as IncompleteError).missing[0]!.fieldErrors).toEqual({
      slug: ["“qatar” is already used by the country “Qatar”."],
      iso2: ["“QA” is already used by the country “Qatar”."],
    });
    // People without a Wikidata id do not clash with each other over it.
    const person = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "PERSON", payload: { slug: "no-wikidata", name: "No Wikidata", aliases: [] } } });
    await submitRevision({ db: t.db, actor: a.editor, input: person });
    await approveRevision({ db: t.db, actor: a.admin, input: person, policy: STRICT });
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: person.entryId } })).status).toBe("PUBLISHED");
  });
});
