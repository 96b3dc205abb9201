// The public site's addresses, built in one place: pages, lists and the open data.

/** A page of the public site: the home page (the focus country's), or a page addressed by slug. */
export type PageRef = { route: "home"; anchor?: string } | { route: "country" | "event" | "organization" | "person" | "source"; slug: string; anchor?: string };

/** Routes of pages addressed by slug. */
export type PagedRoute = Exclude<PageRef["route"], "home">;

const section: Record<PagedRoute, string> = { country: "countries", event: "events", organization: "organizations", person: "people", source: "sources" };

export const routes = {
  home: "/",
  countries: "/countries",
  timeline: "/timeline",
  organizations: "/organizations",
  people: "/people",
  sources: "/sources",
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
  country: (slug: string) => `/countries/${slug}`,
  event: (slug: string) => `/events/${slug}`,
  organization: (slug: string) => `/organizations/${slug}`,
  person: (slug: string) => `/people/${slug}`,
  source: (slug: string) => `/sources/${slug}`,
  countryFeed: (slug: string) => `/feeds/countries/${slug}.xml`,
  eventsFeed: "/feeds/events.xml",
  countryApi: (slug: string) => `/api/v1/countries/${slug}`,
} as const;

/** The address of a page, with its anchor. */
export function pathOf(page: PageRef): string {
  const base = page.route === "home" ? routes.home : `/${section[page.route]}/${page.slug}`;
  return page.anchor ? `${base}#${page.anchor}` : base;
}

/** Which route an address of the public site names, if it is a page addressed by slug. */
export function pageOfPath(path: string): PageRef | null {
  const [pathname, anchor] = path.split("#");
  if (pathname === "/") return { route: "home", ...(anchor ? { anchor } : {}) };
  const [, first, slug] = (pathname ?? "").split("/");
  const route = (Object.keys(section) as PagedRoute[]).find((r) => section[r] === first);
  return route && slug ? { route, slug, ...(anchor ? { anchor } : {}) } : null;
}
