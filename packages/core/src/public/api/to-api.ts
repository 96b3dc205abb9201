import type { PublicCitation } from "../citations.ts";
import type { Counterpart } from "../countries.ts";
import type { CountryPage } from "../country-page.ts";
import type { PublicDate } from "../dates.ts";
import type { PublicEvent } from "../events.ts";
import type { ApiCounterpart, ApiCountry, ApiEvent } from "./dtos.ts";

// The API's answers, made from what the public reads return (published data only): display
// strings and footnote numbers are left behind; values stay.

const date = (d: PublicDate | null) => (d ? { value: d.value, start: d.iso } : null);

const citation = (c: PublicCitation) => ({
  source: { id: c.source.id, slug: c.source.slug, title: c.source.title, url: c.source.url, kind: c.source.kind },
  excerpt: c.excerpt,
  locator: c.locator,
});

export const toApiEvent = (e: PublicEvent): ApiEvent => ({
  id: e.id,
  slug: e.slug,
  title: e.title,
  description: e.description,
  type: e.type,
  start: date(e.start)!,
  end: date(e.end),
  place: e.place,
  placeCountry: e.placeCountry,
  countries: e.countries,
  participants: e.participants.map((p) => ({ person: p.person, role: p.role, country: p.country })),
  organizations: e.organizations,
  qualifiers: e.qualifiers,
  version: e.version,
  publishedAt: e.publishedAt,
  citations: e.citations.map(citation),
});

export const toApiCounterpart = (c: Counterpart): ApiCounterpart => ({
  id: c.id,
  slug: c.slug,
  name: c.name,
  region: c.region,
  subregion: c.subregion,
  iso2: c.iso2,
  historical: c.historical,
  relationship: { status: c.status, established: date(c.established) },
  counts: c.counts,
});

export const toApiCountry = (page: CountryPage): ApiCountry => {
  const { kindLabel: _label, formerIsoCode: _former, ...country } = page.country;
  return {
    country,
    relationship: page.relationship && {
      status: page.relationship.status,
      summary: page.relationship.summary,
      established: date(page.relationship.established),
      citations: page.relationship.citations.map(citation),
    },
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
    })),
    events: page.events.map(toApiEvent),
    missions: page.missions.map((m) => ({
      id: m.id,
      type: m.type,
      city: m.city,
      name: m.name,
      sender: m.sender,
      host: m.host,
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
    })),
    lastPublishedAt: page.lastPublishedAt,
  };
};
