import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { returnChangeSet } from "../src/change-sets/return-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { startLinkedDraft } from "../src/drafts/start-linked-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { getEntryForEdit } from "../src/entries/get-entry-for-edit.ts";
import { listEntries } from "../src/entries/list-entries.ts";
import { NotFoundError, ValidationError } from "../src/errors.ts";
import { getEntryHistory } from "../src/history/get-entry-history.ts";
import { isWatching, watchEntry } from "../src/inbox/watch-entry.ts";
import { encodeCursor } from "../src/paging/keyset.ts";
import { buildChangeSet } from "../src/paste/build-change-set.ts";
import { readPastedSentence } from "../src/paste/read-pasted-sentence.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { parseCountriesQuery, parseSearchQuery, parseTimelineQuery } from "../src/public/query-params.ts";
import { search } from "../src/public/search.ts";
import { getRevision } from "../src/review/get-revision.ts";
import { previewRevision } from "../src/review/preview-revision.ts";
import { authenticate } from "../src/users/authenticate.ts";
import { createUser } from "../src/users/create-user.ts";
import { updateUser } from "../src/users/update-user.ts";
import { makeActors, snapshot } from "./support/actors.ts";

// A NUL byte (and other text no keyboard makes) cannot be stored by PostgreSQL: it must be
// refused where it comes in, as an error on the field that holds it, with nothing changed.
const NUL = "\u0000";
const CONTROL = "Contains control characters.";

describe("a NUL byte typed anywhere is an error on its field, never a database failure", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  /** The field errors a call was refused with, after checking it changed nothing. */
  async function refused(call: () => Promise<unknown>): Promise<Record<string, string[]>> {
    const before = await snapshot(t.db);
    const error = await call().then(
      () => new Error("it was not refused"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(await snapshot(t.db)).toEqual(before);
    return (error as ValidationError).fieldErrors;
  }

  it("in a user's name or email, when an admin adds or renames someone", async () => {
    const user = { email: "new@atlas.test", name: "Ann", role: "EDITOR" as const, password: "long enough password" };
    expect(await refused(() => createUser({ db: t.db, actor: a.admin, input: { ...user, name: `Ann${NUL}` } }))).toEqual({ name: [CONTROL] });
    expect(await refused(() => createUser({ db: t.db, actor: a.admin, input: { ...user, email: `new${NUL}@atlas.test` } }))).toEqual({ email: [CONTROL] });
    expect(await refused(() => updateUser({ db: t.db, actor: a.admin, input: { userId: a.editor.id, name: `Ed${NUL}` } }))).toEqual({ name: [CONTROL] });
    expect(await refused(() => updateUser({ db: t.db, actor: a.admin, input: { userId: `${a.editor.id}${NUL}`, name: "Ed" } }))).toEqual({ userId: ["Unknown user."] });
  });

  it("in the email typed to sign in: the same answer for every account, and nothing counted", async () => {
    for (const email of [`editor${NUL}@atlas.test`, `nobody${NUL}@atlas.test`])
      expect(await refused(() => authenticate({ db: t.db, input: { email, password: "correct horse battery" }, ip: "10.60.0.1" }))).toEqual({ email: [CONTROL] });
    expect(await t.db.signInThrottle.count({ where: { key: { contains: "10.60.0.1" } } })).toBe(0);
    // An address the server could not read is still counted, as one address.
    expect(await authenticate({ db: t.db, input: { email: "editor@atlas.test", password: "wrong" }, ip: `10.60.0.2${NUL}` })).toBeNull();
    expect(await t.db.signInThrottle.findUnique({ where: { key: "ip:unreadable" } })).toMatchObject({ failures: 1 });
  });

  it("in a draft: its text, a slug, a date, a linked id, a citation, a field name, and the ids it is saved under", async () => {
    const save = (input: Record<string, unknown>) => refused(() => saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", payload: {}, ...input } }));
    expect(await save({ payload: { title: `Qatar${NUL} visit` } })).toEqual({ title: [CONTROL] });
    expect(await save({ payload: { slug: `qatar${NUL}` } })).toEqual({ slug: [CONTROL] });
    expect(await save({ payload: { start: `2011${NUL}` } })).toEqual({ start: [CONTROL] });
    expect(await save({ payload: { countryIds: ["country_qatar", `country_qatar${NUL}`] } })).toEqual({ "countryIds.1": [CONTROL] });
    expect(await save({ payload: { citations: [{ sourceId: `source_seed-text${NUL}` }] } })).toEqual({ "citations.0.sourceId": [CONTROL] });
    expect(Object.values(await save({ payload: { [`title${NUL}`]: "x" } })).flat()).toContain("A field name: contains control characters.");
    expect(await save({ entryId: `country_qatar${NUL}` })).toEqual({ entryId: ["Not a valid entry id."] });
    expect(await save({ revisionId: `0190d5e4-0000-7000-8000-000000000000${NUL}` })).toEqual({ revisionId: ["Not a valid revision."] });
    expect(await save({ changeSetId: NUL })).toEqual({ changeSetId: ["Not a valid change set."] });
    expect(await save({ message: `Fixed${NUL}` })).toEqual({ message: [CONTROL] });
  });

  it("in a pasted sentence, its source's title, or a name typed into a picker", async () => {
    const sentence = "In 2015, Narendra Modi visited Mongolia.";
    expect(await refused(() => readPastedSentence({ db: t.db, actor: a.editor, input: { text: `${sentence}${NUL}` } }))).toEqual({ text: [CONTROL] });
    expect(await refused(() => buildChangeSet({ db: t.db, actor: a.editor, input: { text: `${sentence}${NUL}` } }))).toEqual({ text: [CONTROL] });
    expect(await refused(() => buildChangeSet({ db: t.db, actor: a.editor, input: { text: sentence, sourceTitle: `Visit${NUL}` } }))).toEqual({ sourceTitle: [CONTROL] });
    expect(await refused(() => startLinkedDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", name: `In${NUL}dia` } }))).toEqual({ name: [CONTROL] });
  });

  it("in the id of what an action works on", async () => {
    expect(await refused(() => submitRevision({ db: t.db, actor: a.editor, input: { revisionId: NUL } }))).toEqual({ revisionId: ["Not a valid revision."] });
    expect(await refused(() => requestRemoval({ db: t.db, actor: a.editor, input: { entryId: `country_qatar${NUL}` }, action: "UNPUBLISH" }))).toEqual({
      entryId: ["Not a valid entry id."],
    });
    expect(await refused(() => submitChangeSet({ db: t.db, actor: a.editor, input: { changeSetId: NUL } }))).toEqual({ changeSetId: ["Not a valid change set."] });
    expect(await refused(() => approveChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: NUL } }))).toEqual({ changeSetId: ["Not a valid change set."] });
    expect(await refused(() => returnChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: NUL, decisions: [] } }))).toMatchObject({
      changeSetId: ["Not a valid change set."],
    });
    expect(await refused(() => watchEntry({ db: t.db, actor: a.editor, input: { entryId: `country_qatar${NUL}`, watch: true } }))).toEqual({ entryId: ["Not a valid entry id."] });
  });

  it("in an admin page's address: not found (the page answers 404), without asking the database", async () => {
    const notFound = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(NotFoundError);
    await notFound(getRevision({ db: t.db, actor: a.admin, input: { revisionId: NUL } }));
    await notFound(previewRevision({ db: t.db, actor: a.admin, input: { revisionId: NUL } }));
    await notFound(getChangeSet({ db: t.db, actor: a.admin, input: { changeSetId: NUL } }));
    await notFound(getEntryForEdit({ db: t.db, actor: a.admin, input: { entryId: `country_qatar${NUL}` } }));
    await notFound(getEntryHistory({ db: t.db, actor: a.admin, input: { entryId: `country_qatar${NUL}` } }));
    expect(await isWatching({ db: t.db, actor: a.admin, input: { entryId: `country_qatar${NUL}` } })).toBe(false);
  });

  it("in a list's filters or its page cursor: ignored, and the list shown", async () => {
    const first = await listEntries({ db: t.db, actor: a.admin });
    for (const cursor of [encodeCursor(["2020-01-01T00:00:00.000Z", NUL]), encodeCursor(["2020-01-01T00:00:00.000Z", "x\ud800"])]) {
      expect((await listEntries({ db: t.db, actor: a.admin, input: { after: cursor } })).rows).toEqual(first.rows);
      expect((await listEntries({ db: t.db, actor: a.admin, input: { before: cursor } })).rows).toEqual(first.rows);
    }
    expect((await listEntries({ db: t.db, actor: a.admin, input: { q: `qatar${NUL}`, kind: NUL, status: NUL } })).rows.map((r) => r.id)).toContain("country_qatar");
  });

  it("in a public address or search: a page that does not exist, or the parameter ignored and said so", async () => {
    expect(await getCountryPage(t.db, `qatar${NUL}`)).toBeNull();
    expect(await getEvent(t.db, NUL)).toBeNull();
    expect(parseTimelineQuery(new URLSearchParams({ country: `qatar${NUL}` })).problems).toEqual([expect.stringContaining("is not a country; the country filter was ignored.")]);
    expect(parseTimelineQuery(new URLSearchParams({ type: NUL, year: NUL, page: NUL })).problems).toHaveLength(3);
    expect(parseCountriesQuery(new URLSearchParams({ region: NUL, mission: NUL, before: NUL }), ["Asia"]).problems).toHaveLength(3);
    const { value } = parseSearchQuery(new URLSearchParams({ q: `qatar${NUL}` }));
    expect((await search(t.db, value.q, value.page)).hits.map((h) => h.id)).toContain("country_qatar");
  });
});
