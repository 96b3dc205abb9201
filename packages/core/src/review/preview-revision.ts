import type { Db, Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { openRevisionsOf } from "../change-sets/change-set-entries.ts";
import { ZRevisionId } from "../drafts/schemas.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { publishPayload } from "../entries/publish-payload.ts";
import { loadQuoted } from "../entries/search-document.ts";
import { DomainError, idOrNotFound, NotFoundError, StateError, ValidationError } from "../errors.ts";
import { KIND_ORDER, kindOf, type AnyPayload } from "../kinds/registry.ts";
import type { CountryPage } from "../public/country-page.ts";
import type { EventPage } from "../public/events.ts";
import type { OrganizationPage } from "../public/organizations.ts";
import { PAGE_READERS } from "../public/page-readers.ts";
import type { PersonPage } from "../public/people.ts";
import type { SourcePage } from "../public/sources.ts";
import { pathOf } from "../routes.ts";
import { diffPayloads, type FieldDiff } from "./diff-payloads.ts";
import { checkForPreview, gapsOf, withStandIns, type Gap } from "./preview-gaps.ts";

export type { Gap } from "./preview-gaps.ts";

/**
 * The page a revision will change, or for a draft that cannot be published yet ("draft") what it
 * has so far, field by field; with its gaps either way (a page shown in spite of a clash, say).
 */
export type Preview = (
  | { page: "country"; path: string; data: CountryPage }
  | { page: "event"; path: string; data: EventPage }
  | { page: "organization"; path: string; data: OrganizationPage }
  | { page: "person"; path: string; data: PersonPage }
  | { page: "source"; path: string; data: SourcePage }
  | { page: "none"; path: null; data: null }
  | { page: "draft"; path: null; data: FieldDiff[] }
) & { gaps: Gap[] };

class Rollback extends Error {
  constructor(readonly preview: Preview) {
    // Stryker disable next-line StringLiteral: the message of a private error previewRevision always catches
    super("rollback");
  }
}

/**
 * The public page as it will look once this revision is published: the rest of its change set and
 * the revision are applied in a transaction, the page is read through the same public queries,
 * and the transaction is rolled back. Nothing is ever written. It never fails for what a draft
 * lacks: a value another entry uses gets a stand-in (and is marked), and a draft that cannot be a
 * page yet is shown field by field with its gaps.
 */
export async function previewRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: { revisionId: string } }): Promise<Preview> {
  assertCan(actor, "revision.preview");
  const revision = await db.revision.findUnique({ where: { id: idOrNotFound(ZRevisionId, input.revisionId, "That revision does not exist.") } });
  if (!revision) throw new NotFoundError("That revision does not exist.");
  assertCan(actor, "revision.preview", revision);
  if (revision.action !== "UPSERT") throw new StateError("An unpublish or delete request has no page to preview.");
  const fieldByField = async (gaps: Gap[]): Promise<Preview> => ({ page: "draft", path: null, data: await diffPayloads(db, revision.kind, null, revision.payload), gaps });
  try {
    await db.$transaction(async (tx) => {
      await publishTheRestOf(tx, revision);
      const { payload, errors } = await checkForPreview(tx, revision.kind, revision.entryId, revision.payload);
      const gaps = gapsOf(revision.kind, errors, revision.payload);
      const shown = payload && (gaps.length ? withStandIns(revision.kind, payload, errors) : payload);
      if (!shown) throw new Rollback(await fieldByField(gaps));
      await publishPayload(tx, { id: revision.entryId, kind: revision.kind, payload: shown });
      const txDb = tx as unknown as Db;
      // Stryker disable next-line StringLiteral: no kind's shownOn or quote loader reads the label
      const entry = { id: revision.entryId, kind: revision.kind, label: "", payload: shown };
      // The focus country's own page is the home page, which a preview does not show.
      const quoted = await loadQuoted(tx, [entry]);
      const page = kindOf(revision.kind).shownOn(entry, quoted);
      if (!page || page.route === "home") throw new Rollback({ page: "none", path: null, data: null, gaps });
      const data = await PAGE_READERS[page.route](txDb, page.slug);
      // The address it will have: its own slug, not a stand-in for one another entry uses.
      const path = pathOf({ ...(kindOf(revision.kind).shownOn({ ...entry, payload }, quoted) ?? page), anchor: undefined });
      throw new Rollback(data ? ({ page: page.route, path, data, gaps } as Preview) : { page: "none", path: null, data: null, gaps });
    });
  } catch (error) {
    if (error instanceof Rollback) return error.preview;
    // Anything else the draft's content causes (a rule of the database's, say) is one more gap.
    if (error instanceof DomainError) return fieldByField([{ field: "", label: "The entry", message: error.message }]);
    throw error;
  }
  throw new Error("unreachable");
}

/**
 * The other entries of the revision's change set, as approving it would publish them first (a new
 * country before the event naming it), in kind order; one that is not complete yet, or that names
 * what is not published (this revision's entry, say), is left out, and what names it shows a gap.
 */
async function publishTheRestOf(tx: Tx, revision: { id: string; changeSetId: string }) {
  const rest = (await openRevisionsOf(tx, revision.changeSetId))
    .filter((r) => r.id !== revision.id && r.action === "UPSERT")
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  for (const r of rest) {
    let payload: AnyPayload;
    try {
      // As published: what it names must be public already, or published just before it here.
      ({ payload } = await validatePayload(tx, r.kind, r.entryId, r.payload));
    } catch (error) {
      if (error instanceof ValidationError) continue;
      throw error;
    }
    await publishPayload(tx, { id: r.entryId, kind: r.kind, payload });
  }
}
