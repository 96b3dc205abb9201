import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { publishPayload } from "../entries/publish-payload.ts";
import { loadQuoted } from "../entries/search-document.ts";
import { NotFoundError, StateError } from "../errors.ts";
import { kindOf } from "../kinds/registry.ts";
import { getCountryPage, type CountryPage } from "../public/country-page.ts";
import { getEvent, type EventPage } from "../public/events.ts";
import { getOrganizationPage, type OrganizationPage } from "../public/organizations.ts";
import { getPersonPage, type PersonPage } from "../public/people.ts";
import { getSourcePage, type SourcePage } from "../public/sources.ts";
import { pathOf, type PagedRoute } from "../routes.ts";

export type Preview =
  | { page: "country"; path: string; data: CountryPage }
  | { page: "event"; path: string; data: EventPage }
  | { page: "organization"; path: string; data: OrganizationPage }
  | { page: "person"; path: string; data: PersonPage }
  | { page: "source"; path: string; data: SourcePage }
  | { page: "none"; path: null; data: null };

class Rollback extends Error {
  constructor(readonly preview: Preview) {
    // Stryker disable next-line StringLiteral: the message of a private error previewRevision always catches
    super("rollback");
  }
}

/** How the preview reads each page, through the same public queries as the site. */
const READERS = {
  country: (db: Db, slug: string) => getCountryPage(db, slug),
  event: (db: Db, slug: string) => getEvent(db, slug),
  organization: (db: Db, slug: string) => getOrganizationPage(db, slug),
  person: (db: Db, slug: string) => getPersonPage(db, slug),
  source: (db: Db, slug: string) => getSourcePage(db, slug),
} satisfies Record<PagedRoute, (db: Db, slug: string) => Promise<unknown>>;

/**
 * The public page as it will look once this revision is published: the revision is applied in a
 * transaction, the page is read through the same public queries, and the transaction is rolled
 * back. Nothing is ever written.
 */
export async function previewRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: { revisionId: string } }): Promise<Preview> {
  assertCan(actor, "revision.preview");
  const revision = await db.revision.findUnique({ where: { id: input.revisionId } });
  if (!revision) throw new NotFoundError("That revision does not exist.");
  assertCan(actor, "revision.preview", revision);
  if (revision.action !== "UPSERT") throw new StateError("An unpublish or delete request has no page to preview.");
  try {
    await db.$transaction(async (tx) => {
      const { payload } = await validatePayload(tx, revision.kind, revision.entryId, revision.payload);
      await publishPayload(tx, { id: revision.entryId, kind: revision.kind, payload });
      const txDb = tx as unknown as Db;
      // Stryker disable next-line StringLiteral: no kind's shownOn or quote loader reads the label
      const entry = { id: revision.entryId, kind: revision.kind, label: "", payload };
      // The focus country's own page is the home page, which a preview does not show.
      const page = kindOf(revision.kind).shownOn(entry, await loadQuoted(tx, [entry]));
      if (!page || page.route === "home") throw new Rollback({ page: "none", path: null, data: null });
      const data = await READERS[page.route](txDb, page.slug);
      throw new Rollback(data ? ({ page: page.route, path: pathOf({ ...page, anchor: undefined }), data } as Preview) : { page: "none", path: null, data: null });
    });
  } catch (error) {
    if (error instanceof Rollback) return error.preview;
    throw error;
  }
  throw new Error("unreachable");
}
