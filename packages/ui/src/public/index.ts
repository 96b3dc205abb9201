// Views of the public pages. The public site renders them; the admin app renders the same
// components to preview a draft exactly as readers will see it.
export { CiteThisPage } from "./cite-this-page.tsx";
export { CountryView, FactYear, type CiteAs } from "./country-view.tsx";
export { EventItem } from "./event-item.tsx";
export { EventView } from "./event-view.tsx";
export { FootnoteRefs, Noted, ReferenceList, Sourced, Unsourced } from "./footnotes.tsx";
export { sameSite, type Linker } from "./link.ts";
export { OrganizationView } from "./organization-view.tsx";
export { PersonView } from "./person-view.tsx";
