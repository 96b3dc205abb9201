import type { Db } from "@atlas/db";

import type { PagedRoute } from "../routes.ts";
import { getCountryPage } from "./country-page.ts";
import { getEvent } from "./events.ts";
import { getOrganizationPage } from "./organizations.ts";
import { getPersonPage } from "./people.ts";
import { getSourcePage } from "./sources.ts";

/** How each page of an entry is read, by route: the same public queries the site uses. */
export const PAGE_READERS = {
  country: (db: Db, slug: string) => getCountryPage(db, slug),
  event: (db: Db, slug: string) => getEvent(db, slug),
  organization: (db: Db, slug: string) => getOrganizationPage(db, slug),
  person: (db: Db, slug: string) => getPersonPage(db, slug),
  source: (db: Db, slug: string) => getSourcePage(db, slug),
} satisfies Record<PagedRoute, (db: Db, slug: string) => Promise<unknown>>;

export type PageData<R extends PagedRoute> = NonNullable<Awaited<ReturnType<(typeof PAGE_READERS)[R]>>>;
