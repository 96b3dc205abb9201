import { beforeAll, describe, expect, it } from "vitest";

import type { EntryKind } from "@atlas/db/enums";
import { seedDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { IncompleteError, ValidationError } from "../src/errors.ts";
import { ALL_KINDS, KINDS } from "../src/kinds/registry.ts";
import { getEvent } from "../src/public/events.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { loadSeedFiles } from "../src/seed/load-seed-files.ts";
import { makeActors, snapshot } from "./support/actors.ts";

const cite = [{ sourceId: "source_seed-text" }];
const NEW_EVENT = { slug: "bad-input-event", title: "An event", description: "Text.", type: "VISIT", start: "2011-08", countryIds: ["country_qatar"], citations: cite };

/** A valid payload of every kind (its first seeded entry), to break one field at a time. */
const { entries } = await loadSeedFiles(seedDir);
const VALID = Object.fromEntries(ALL_KINDS.map((k) => [k, entries.find((e) => e.kind === k)!.payload])) as unknown as Record<EntryKind, Record<string, unknown>>;
/** The first text a kind's form asks for ("title", "name", "city"…). */
const textField = (kind: EntryKind) => KINDS[kind].form.flatMap((s) => s.fields).find((f) => ["text", "textarea", "markdown"].includes(f.type))!.name;
const cites = (kind: EntryKind) => "citations" in KINDS[kind].schema.shape;

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
const HUGE = "x".repeat(30_000);

// Each bad value, the field it goes in for each kind, and what the editor must be told.
const CASES: [string, (p: Record<string, unknown>, kind: EntryKind) => Record<string, unknown>, RegExp][] = [
  ["a number where text belongs", (p, k) => ({ ...p, [textField(k)]: 42 }), /Required|Choose|expected|Enter/],
  ["an overlong text", (p, k) => ({ ...p, [textField(k)]: HUGE }), /At most/],
  ["an unknown field", (p) => ({ ...p, isAdmin: true }), /Unknown field: isAdmin/],
  ["a string where a list belongs", (p) => ({ ...p, citations: "source_seed-text" }), /expected array|Cite at least|Invalid|Expected a list/i],
  // As many citations as the entry's text marks ([^1]…), each of a source that does not exist.
  [
    "a citation of a source that does not exist",
    (p) => ({ ...p, citations: (Array.isArray(p.citations) && p.citations.length ? p.citations : [null]).map(() => ({ sourceId: "source_nowhere" })) }),
    /No source has the id "source_nowhere"/,
  ],
];

describe("bad input never gets in, and never half-gets in", () => {
  const t = freshDatabase("seeded");
  let editor: Awaited<ReturnType<typeof makeActors>>["editor"];
  let admin: Awaited<ReturnType<typeof makeActors>>["admin"];
  beforeAll(async () => {
    ({ editor, admin } = await makeActors(t.db));
  });

  for (const kind of ALL_KINDS) {
    for (const [what, breakIt, message] of CASES) {
      if (!cites(kind) && (what.includes("citation") || what.includes("list"))) continue; // sources cite nothing
      it(`${kind.toLowerCase()}: ${what} → a field-level error, nothing written`, async () => {
        const before = await snapshot(t.db);
        const error = await saveDraft({ db: t.db, actor: editor, input: { kind, payload: breakIt(VALID[kind], kind) } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        const messages = Object.values((error as ValidationError).fieldErrors)
          .flat()
          .join(" ");
        expect(messages).toMatch(message);
        expect(await snapshot(t.db)).toEqual(before);
      });
    }
  }

  // An empty form is an incomplete draft, not bad input: it is kept, and submission lists what it lacks.
  for (const kind of ALL_KINDS) {
    it(`${kind.toLowerCase()}: an empty form saves as a draft, cannot be submitted, and says what is missing`, async () => {
      const saved = await saveDraft({ db: t.db, actor: editor, input: { kind, payload: {} } });
      expect(Object.values(saved.missing).flat().join(" ")).toMatch(/Required|Choose|Enter|Cite/);
      const publicBefore = await t.db.entry.count({ where: { status: "PUBLISHED" } });
      const error = await submitRevision({ db: t.db, actor: editor, input: { revisionId: saved.revisionId } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IncompleteError);
      expect((error as IncompleteError).missing).toEqual([expect.objectContaining({ revisionId: saved.revisionId, fieldErrors: saved.missing })]);
      const revision = await t.db.revision.findUniqueOrThrow({ where: { id: saved.revisionId } });
      expect(revision.status).toBe("DRAFT");
      expect(await t.db.entry.count({ where: { status: "PUBLISHED" } })).toBe(publicBefore);
    });
  }

  // A date that cannot be right is kept in the draft (the editor may be halfway through typing it)
  // but named as the reason the draft cannot go to review.
  it.each([
    ["an impossible day", "2011-02-30", /February 2011 has no day 30/],
    ["no month 13", "2011-13", /There is no month 13/],
    ["a year out of range", "0999", /Years must be between 1000 and 2100/],
    ["not a date at all", "last spring", /is not a date/],
    ["an end before the start", "2011-07", /cannot end before it starts/],
  ])("events: %s is named, and blocks submission", async (_what, date, message) => {
    const payload = date === "2011-07" ? { ...NEW_EVENT, slug: `bad-date-${date}`, end: date } : { ...NEW_EVENT, slug: `bad-date-${date.replace(/\W/g, "")}`, start: date };
    const saved = await saveDraft({ db: t.db, actor: editor, input: { kind: "EVENT", payload } });
    expect(Object.values(saved.missing).flat().join(" ")).toMatch(message);
    const error = (await submitRevision({ db: t.db, actor: editor, input: { revisionId: saved.revisionId } }).catch((e: unknown) => e)) as IncompleteError;
    expect(error).toBeInstanceOf(IncompleteError);
    expect(Object.values(error.missing[0]!.fieldErrors).flat().join(" ")).toMatch(message);
  });

  it("refuses unknown ids for every reference, field by field", async () => {
    const error = (await saveDraft({
      db: t.db,
      actor: editor,
      input: {
        kind: "EVENT",
        payload: { ...NEW_EVENT, countryIds: ["country_atlantis"], placeCountryId: "org_united-nations", participants: [{ personId: "person_nobody", role: "Ghost" }] },
      },
    }).catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors).toEqual({
      placeCountryId: ['"United Nations (UN)" is a organisation, not a country.'],
      "countryIds.0": ['No country has the id "country_atlantis".'],
      "participants.0.personId": ['No person has the id "person_nobody".'],
    });
  });

  it("refuses a wrong kind, an unknown revision and a malformed id before looking anything up", async () => {
    await expect(saveDraft({ db: t.db, actor: editor, input: { kind: "ALIEN" as never, payload: {} } })).rejects.toMatchObject({
      fieldErrors: { kind: ["Unknown kind of entry."] },
    });
    await expect(saveDraft({ db: t.db, actor: editor, input: { kind: "EVENT", revisionId: "not-a-uuid", payload: NEW_EVENT } })).rejects.toMatchObject({
      fieldErrors: { revisionId: ["Not a valid revision."] },
    });
    await expect(saveDraft({ db: t.db, actor: editor, input: { kind: "EVENT", entryId: '\'; DROP TABLE "Entry"; --', payload: NEW_EVENT } })).rejects.toMatchObject({
      fieldErrors: { entryId: ["Not a valid entry id."] },
    });
  });

  it("stores hostile text inert: it is published as text, never as markup", async () => {
    const saved = await saveDraft({
      db: t.db,
      actor: editor,
      input: { kind: "EVENT", payload: { ...NEW_EVENT, slug: "hostile-text", title: XSS, description: `${XSS} [click me](javascript:alert(1))` } },
    });
    await submitRevision({ db: t.db, actor: editor, input: saved });
    await approveRevision({ db: t.db, actor: admin, input: saved, policy: { allowSelfApproval: false } });
    const event = (await getEvent(t.db, "hostile-text"))!;
    expect(event.title).toBe(XSS);
    // How it renders is proven in packages/ui/test/rendering.test.tsx.
  });
});
