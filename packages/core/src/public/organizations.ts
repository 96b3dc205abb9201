import type { Db } from "@atlas/db";
import type { MembershipStatus } from "@atlas/db/enums";

import type { Precision } from "../dates/fuzzy-date.ts";
import { MEMBERSHIP_STATUS_LABELS, ORGANIZATION_KIND_LABELS, qualifierNote, type Qualifiers } from "../entries/labels.ts";
import { isSlug } from "../text.ts";
import { footnote, loadCitations, type Footnote, type PublicCitation, type Reference } from "./citations.ts";
import { disputeStatements, notedDispute, type NotedDispute } from "./country-page.ts";
import { publicDate, type PublicDate } from "./dates.ts";
import { loadDisputes } from "./disputes.ts";
import { eventStatements, loadEvents, notedEvent, pastOf, type NotedEvent } from "./events.ts";
import { PUBLISHED } from "./published.ts";
import { countryRefSelect, getSite, type CountryRef } from "./site.ts";

/** What both organisation pages show of a membership. */
export type MembershipDetails = {
  status: string;
  statusLabel: string;
  since: PublicDate | null;
  until: PublicDate | null;
  note: string | null;
  qualifierNote: string | null;
};

export type FocusMembership = MembershipDetails & {
  id: string;
  /** `dissolvedYear`: the organisation has since ceased to exist, and with it the membership. */
  organization: { slug: string; name: string; acronym: string | null; aliases: string[]; kindLabel: string; dissolvedYear: number | null };
  sharedWith: (CountryRef & { statusLabel: string })[];
  /** Other readings of the focus country's status, if sources disagree (sources on the organisation's page). */
  disputed: { label: string; note: string | null }[];
};

type MembershipRow = {
  status: MembershipStatus;
  sinceDate: Date | null;
  sincePrecision: Precision | null;
  untilDate: Date | null;
  untilPrecision: Precision | null;
  note: string | null;
  entry: Qualifiers;
};

const membershipDetails = (m: MembershipRow): MembershipDetails => ({
  status: m.status,
  statusLabel: MEMBERSHIP_STATUS_LABELS[m.status],
  since: publicDate(m.sinceDate, m.sincePrecision),
  until: publicDate(m.untilDate, m.untilPrecision),
  note: m.note,
  qualifierNote: qualifierNote(m.entry),
});

/** The focus country's memberships, with the counterparts that share each organisation. */
export async function listFocusMemberships(db: Db): Promise<FocusMembership[]> {
  const site = await getSite(db);
  const memberships = await db.membership.findMany({
    where: { countryId: site.focus.id, ...PUBLISHED, organization: PUBLISHED },
    include: { entry: true, organization: true },
    orderBy: { organization: { name: "asc" } },
  });
  const [others, disputes] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: { in: memberships.map((m) => m.organizationId) }, countryId: { not: site.focus.id }, ...PUBLISHED, country: PUBLISHED },
      include: { country: { select: countryRefSelect } },
      orderBy: { country: { name: "asc" } },
    }),
    loadDisputes(
      db,
      memberships.map((m) => m.id),
    ),
  ]);
  return memberships.map((m) => ({
    id: m.id,
    organization: {
      slug: m.organization.slug,
      name: m.organization.name,
      acronym: m.organization.acronym,
      aliases: m.organization.aliases,
      kindLabel: ORGANIZATION_KIND_LABELS[m.organization.kind],
      dissolvedYear: m.organization.dissolvedYear,
    },
    ...membershipDetails(m),
    sharedWith: others.filter((o) => o.organizationId === m.organizationId).map((o) => ({ ...o.country, statusLabel: MEMBERSHIP_STATUS_LABELS[o.status] })),
    disputed: disputes.get(m.id)?.alternatives.map((a) => ({ label: a.label, note: a.note })) ?? [],
  }));
}

export type OrganizationPage = {
  organization: {
    id: string;
    slug: string;
    name: string;
    acronym: string | null;
    aliases: string[];
    kindLabel: string;
    foundedYear: number | null;
    dissolvedYear: number | null;
    headquarters: string | null;
    url: string | null;
    wikidataId: string | null;
    description: string | null;
  };
  members: (MembershipDetails & { id: string; country: CountryRef; isFocus: boolean; citations: PublicCitation[]; notes: Footnote[]; dispute: NotedDispute | null })[];
  events: NotedEvent[];
  references: Reference[];
};

export async function getOrganizationPage(db: Db, slug: string): Promise<OrganizationPage | null> {
  if (!isSlug(slug)) return null;
  const [org, site] = await Promise.all([db.organization.findFirst({ where: { slug, ...PUBLISHED } }), getSite(db)]);
  if (!org) return null;
  const [memberships, events] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: org.id, ...PUBLISHED, country: PUBLISHED },
      include: { entry: true, country: { select: countryRefSelect } },
      orderBy: { country: { name: "asc" } },
    }),
    loadEvents(db, { organizations: { some: { organizationId: org.id } } }, { take: 50, past: pastOf(site) }),
  ]);
  // The focus country first, then counterparts by name.
  memberships.sort((a, b) => Number(b.countryId === site.focus.id) - Number(a.countryId === site.focus.id));
  const ids = memberships.map((m) => m.id);
  const [citations, disputes] = await Promise.all([loadCitations(db, ids), loadDisputes(db, ids)]);
  const { notes, references } = footnote([
    ...memberships.flatMap((m) => [{ key: m.id, citations: citations.get(m.id) ?? [] }, ...disputeStatements(m.id, disputes.get(m.id))]),
    ...events.flatMap((e) => eventStatements(e)),
  ]);
  return {
    organization: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      acronym: org.acronym,
      aliases: org.aliases,
      kindLabel: ORGANIZATION_KIND_LABELS[org.kind],
      foundedYear: org.foundedYear,
      dissolvedYear: org.dissolvedYear,
      headquarters: org.headquarters,
      url: org.url,
      wikidataId: org.wikidataId,
      description: org.description,
    },
    members: memberships.map((m) => ({
      id: m.id,
      country: m.country,
      isFocus: m.countryId === site.focus.id,
      ...membershipDetails(m),
      citations: citations.get(m.id) ?? [],
      notes: notes.get(m.id) ?? [],
      dispute: notedDispute(m.id, disputes.get(m.id), notes),
    })),
    events: events.map((e) => notedEvent(e, notes)),
    references,
  };
}
