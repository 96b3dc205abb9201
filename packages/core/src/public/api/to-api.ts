import type { PublicCitation } from "../citations.ts";
import type { Counterpart } from "../countries.ts";
import type { CountryPage } from "../country-page.ts";
import type { PublicDate } from "../dates.ts";
import type { Dispute } from "../disputes.ts";
import type { PublicEvent } from "../events.ts";
import type { ApiCounterpart, ApiCountry, ApiEvent } from "./dtos.ts";

// The API's answers, made from what the public reads return (published data only): display
// strings and footnote numbers are left behind; values stay.

const date = (d: PublicDate | null) => (d ? { edtf: d.edtf, earliest: d.earliest, latest: d.latest } : null);

const citation = (c: PublicCitation) => ({
  source: { id: c.source.id, slug: c.source.slug, title: c.source.title, url: c.source.url, kind: c.source.kind, reliability: c.source.reliability, checkable: c.source.checkable },
  excerpt: c.excerpt,
  locator: c.locator,
});

const country = (c: { id: string; slug: string; name: string }) => ({ id: c.id, slug: c.slug, name: c.name });

const dispute = (d: Dispute | null) =>
  d ? { preferredReason: d.preferredReason, alternatives: d.alternatives.map((a) => ({ value: a.value, note: a.note, citations: a.citations.map(citation) })) } : null;

export const toApiEvent = (e: PublicEvent): ApiEvent => ({
  id: e.id,
  slug: e.slug,
  title: e.title,
  description: e.description,
  type: e.type,
  start: date(e.start)!,
  end: date(e.end),
  place: e.place,
  placeCountry: e.placeCountry && country(e.placeCountry),
  countries: e.countries.map(country),
  participants: e.participants.map((p) => ({ person: p.person, role: p.role, country: p.country && country(p.country) })),
  organizations: e.organizations,
  qualifiers: e.qualifiers,
  version: e.version,
  publishedAt: e.publishedAt,
  citations: e.citations.map(citation),
});

const step = (s: { id: string; stage: ApiCounterpart["statusHistory"][number]["stage"]; date: PublicDate; note: string | null }) => ({
  id: s.id,
  stage: s.stage,
  date: date(s.date)!,
  note: s.note,
});

export const toApiCounterpart = (c: Counterpart): ApiCounterpart => ({
  id: c.id,
  slug: c.slug,
  name: c.name,
  region: c.region,
  subregion: c.subregion,
  iso2: c.iso2,
  historical: c.historical,
  relationship: c.status ? { status: c.status, established: date(c.established) } : null,
  counts: c.counts,
  statusHistory: c.statusHistory.map(step),
  ...(c.statusOn
    ? { statusOn: { day: c.statusOn.day, stage: c.statusOn.stage?.stage ?? null, since: date(c.statusOn.stage?.date ?? null), maybe: c.statusOn.maybe?.stage ?? null } }
    : {}),
});

export const toApiCountry = (page: CountryPage): ApiCountry => {
  const c = page.country;
  return {
    country: {
      id: c.id,
      slug: c.slug,
      name: c.name,
      officialName: c.officialName,
      kind: c.kind,
      iso2: c.iso2,
      iso3: c.iso3,
      region: c.region,
      subregion: c.subregion,
      capital: c.capital,
      wikidataId: c.wikidataId,
      existedFrom: c.existedFrom,
      existedUntil: c.existedUntil,
      aliases: c.aliases,
      successor: c.successor && country(c.successor),
      predecessors: c.predecessors.map(country),
    },
    relationship: page.relationship && {
      status: page.relationship.status,
      summary: page.relationship.summary,
      established: date(page.relationship.established),
      citations: page.relationship.citations.map(citation),
      statusCitations: page.relationship.statusCitations.map(citation),
      dispute: dispute(page.relationship.dispute),
    },
    statusHistory: page.statusHistory.map((s) => ({ ...step(s), citations: s.citations.map(citation) })),
    facts: page.facts.map((f) => ({
      id: f.id,
      subject: f.subject,
      value: f.value,
      valueHigh: f.valueHigh,
      unit: f.unit,
      approximate: f.approximate,
      year: f.year,
      qualifiers: f.qualifiers,
      citations: f.citations.map(citation),
      dispute: dispute(f.dispute),
    })),
    events: page.events.map(toApiEvent),
    missions: page.missions.map((m) => ({
      id: m.id,
      type: m.type,
      city: m.city,
      name: m.name,
      sender: country(m.sender),
      host: country(m.host),
      opened: date(m.opened),
      closed: date(m.closed),
      citations: m.citations.map(citation),
    })),
    sharedMemberships: page.memberships.map((m) => ({
      id: m.id,
      organization: m.organization,
      focusStatus: m.statuses.focus,
      counterpartStatus: m.statuses.counterpart,
      since: date(m.since),
      citations: m.citations.map(citation),
      focusDispute: dispute(m.focusDispute),
      counterpartDispute: dispute(m.counterpartDispute),
    })),
    lastPublishedAt: page.lastPublishedAt,
  };
};
