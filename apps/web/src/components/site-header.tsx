import Link from "next/link";

import { Container } from "@atlas/ui";

const NAV = [
  { href: "/countries", label: "Countries" },
  { href: "/timeline", label: "Timeline" },
  { href: "/organizations", label: "Organisations" },
  { href: "/data", label: "Open data" },
];

export function SiteHeader({ title, focusName }: { title: string; focusName: string }) {
  return (
    <header className="border-b border-ink-200 bg-white">
      <Container wide className="flex flex-wrap items-center gap-x-6 gap-y-3 py-3">
        <Link href="/" className="group flex items-baseline gap-2 no-underline">
          <span aria-hidden="true" className="inline-block h-3 w-3 translate-y-[1px] rounded-full bg-ember-500 ring-4 ring-ember-100" />
          <span className="font-serif text-lg font-semibold text-ink-900 group-hover:text-sky-800">{title}</span>
          <span className="hidden text-sm text-ink-500 sm:inline">{focusName}</span>
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          {/* Wraps on a narrow screen: every item in sight, none cut off behind a scroll. */}
          <ul className="-mx-2.5 flex flex-wrap gap-x-1 gap-y-1 text-sm whitespace-nowrap sm:mx-0">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block rounded px-2.5 py-1.5 font-medium text-ink-700 hover:bg-ink-100 hover:text-ink-900">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/search" method="get" role="search" className="ml-auto flex items-center gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search the atlas
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Search events, people, facts…"
            className="w-44 rounded-md border border-ink-300 bg-ink-50 px-3 py-1.5 text-sm placeholder:text-ink-500 focus:w-60 focus:border-sky-500 focus:bg-white focus:outline-none focus:ring-2 focus:ring-sky-500 sm:w-56"
          />
          <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
            Search
          </button>
        </form>
      </Container>
    </header>
  );
}
