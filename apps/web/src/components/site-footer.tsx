import Link from "next/link";

import type { SiteLicense } from "@atlas/core/public";
import { Container } from "@atlas/ui";

const link = "text-sky-700 hover:underline";

/** The footer: what the atlas is, the licence of its data as the operator set it, and the ways in. */
export function SiteFooter({ title, license }: { title: string; license: SiteLicense | null }) {
  return (
    <footer className="mt-16 border-t border-ink-200 bg-white">
      <Container wide className="grid gap-6 py-8 text-sm text-ink-600 sm:grid-cols-3">
        <div>
          <p className="font-serif font-semibold text-ink-800">{title}</p>
          <p className="mt-1">A structured, sourced record of one country&apos;s foreign relations. Every statement links to its sources.</p>
          <p className="mt-2">
            {license ? (
              <>
                Data under{" "}
                {license.url ? (
                  <a className={link} href={license.url} rel="license noopener noreferrer">
                    {license.name}
                  </a>
                ) : (
                  license.name
                )}
                {license.attribution && <>; credit “{license.attribution}”</>}.{" "}
              </>
            ) : (
              "No licence has been set for the data yet. "
            )}
            <Link className={link} href="/license">
              How to reuse it
            </Link>
          </p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link className={link} href="/about">
                About the atlas
              </Link>
            </li>
            <li>
              <Link className={link} href="/contact">
                Contact and corrections
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-ink-800">Open data</p>
          <ul className="mt-1 space-y-1">
            <li>
              <Link className="text-sky-700 hover:underline" href="/data">
                JSON, CSV and API
              </Link>
            </li>
            <li>
              <a className="text-sky-700 hover:underline" href="/feeds/events.xml">
                Atom feed of new events
              </a>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-ink-800">Browse</p>
          <ul className="mt-1 space-y-1">
            <li>
              <Link className="text-sky-700 hover:underline" href="/countries">
                Countries
              </Link>
            </li>
            <li>
              <Link className="text-sky-700 hover:underline" href="/timeline">
                Timeline
              </Link>
            </li>
            <li>
              <Link className="text-sky-700 hover:underline" href="/map">
                Map
              </Link>
            </li>
            <li>
              <Link className="text-sky-700 hover:underline" href="/people">
                People
              </Link>
            </li>
            <li>
              <Link className="text-sky-700 hover:underline" href="/sources">
                Sources
              </Link>
            </li>
            <li>
              <Link className="text-sky-700 hover:underline" href="/organizations">
                Organisations
              </Link>
            </li>
          </ul>
        </div>
      </Container>
    </footer>
  );
}
