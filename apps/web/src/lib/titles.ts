import type { CountryPage, EventPage, OrganizationPage, PersonPage } from "@atlas/core/public";

/** A country page's title; the focus country as it was (the Mongolian People's Republic) has no relations with itself. */
export const countryTitle = (page: CountryPage) => (page.country.isFocusPast ? page.country.name : `${page.focus.name} – ${page.country.name} relations`);
export const eventTitle = (e: EventPage) => `${e.title} (${e.start.display})`;
export const organizationTitle = (page: OrganizationPage) => (page.organization.acronym ? `${page.organization.name} (${page.organization.acronym})` : page.organization.name);
export const personTitle = (page: PersonPage) => page.person.name;
