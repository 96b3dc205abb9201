import type { Db } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";
import { publishPayload } from "../entries/publish-payload.ts";
import type { AnyPayload, PayloadOf } from "../entries/schemas/index.ts";
import { NotFoundError, StateError } from "../errors.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { getCountryPage, type CountryPage } from "../public/country-page.ts";
import { getEvent, type PublicEvent } from "../public/events.ts";
import { getOrganizationPage, type OrganizationPage } from "../public/organizations.ts";
import { getPersonPage, type PersonPage } from "../public/people.ts";

export type Preview =
  | { page: "country"; path: string; data: CountryPage }
  | { page: "event"; path: string; data: PublicEvent }
  | { page: "organization"; path: string; data: OrganizationPage }
  | { page: "person"; path: string; data: PersonPage }
  | { page: "none"; path: null; data: null };

class Rollback extends Error {
  constructor(readonly preview: Preview) {
    super("rollback");
  }
}

/** Which public page shows this entry best (the counterpart's page for relations, missions…). */
async function pageFor(db: Db, kind: string, payload: AnyPayload, focusId: string): Promise<{ page: Preview["page"]; key: string } | null> {
  const countrySlug = async (ids: (string | null | undefined)[]) => {
    const id = ids.find((x) => x && x !== focusId);
    return id ? ((await db.country.findUnique({ where: { id }, select: { slug: true } }))?.slug ?? null) : null;
  };
  switch (kind) {
    case "EVENT":
      return { page: "event", key: (payload as PayloadOf<"EVENT">).slug };
    case "COUNTRY":
      return { page: "country", key: (payload as PayloadOf<"COUNTRY">).slug };
    case "ORGANIZATION":
      return { page: "organization", key: (payload as PayloadOf<"ORGANIZATION">).slug };
    case "PERSON":
      return { page: "person", key: (payload as PayloadOf<"PERSON">).slug };
    case "MEMBERSHIP": {
      const org = await db.organization.findUnique({ where: { id: (payload as PayloadOf<"MEMBERSHIP">).organizationId }, select: { slug: true } });
      return org ? { page: "organization", key: org.slug } : null;
    }
    case "RELATIONSHIP": {
      const slug = await countrySlug([(payload as PayloadOf<"RELATIONSHIP">).counterpartId]);
      return slug ? { page: "country", key: slug } : null;
    }
    case "MISSION": {
      const m = payload as PayloadOf<"MISSION">;
      const slug = await countrySlug([m.hostId, m.senderId]);
      return slug ? { page: "country", key: slug } : null;
    }
    case "FACT":
    case "BODY": {
      const ids = kind === "FACT" ? [(payload as PayloadOf<"FACT">).countryId] : (payload as PayloadOf<"BODY">).countryIds;
      const slug = await countrySlug(ids);
      return slug ? { page: "country", key: slug } : null;
    }
    default:
      return null;
  }
}

/**
 * The public page as it will look once this revision is published: the revision is applied in a
 * transaction, the page is read through the same public queries, and the transaction is rolled
 * back. Nothing is ever written.
 */
export async function previewRevision({ db, actor, input }: { db: Db; actor: Actor | null; input: { revisionId: string } }): Promise<Preview> {
  assertRole(actor, "EDITOR");
  const revision = await db.revision.findUnique({ where: { id: input.revisionId } });
  if (!revision || (revision.authorId !== actor.id && actor.role !== "ADMIN")) throw new NotFoundError("That revision does not exist.");
  if (revision.action !== "UPSERT") throw new StateError("An unpublish or delete request has no page to preview.");
  try {
    await db.$transaction(async (tx) => {
      const { payload } = await validatePayload(tx, revision.kind, revision.entryId, revision.payload);
      await publishPayload(tx, { id: revision.entryId, kind: revision.kind, payload });
      const txDb = tx as unknown as Db;
      const site = await tx.site.findUniqueOrThrow({ where: { id: 1 } });
      const target = await pageFor(txDb, revision.kind, payload, site.focusCountryId);
      if (!target) throw new Rollback({ page: "none", path: null, data: null });
      const read = {
        country: () => getCountryPage(txDb, target.key),
        event: () => getEvent(txDb, target.key),
        organization: () => getOrganizationPage(txDb, target.key),
        person: () => getPersonPage(txDb, target.key),
        none: async () => null,
      }[target.page];
      const data = await read();
      const path = { country: `/countries/${target.key}`, event: `/events/${target.key}`, organization: `/organizations/${target.key}`, person: `/people/${target.key}`, none: "" }[
        target.page
      ];
      throw new Rollback(data ? ({ page: target.page, path, data } as Preview) : { page: "none", path: null, data: null });
    });
  } catch (error) {
    if (error instanceof Rollback) return error.preview;
    throw error;
  }
  throw new Error("unreachable");
}
