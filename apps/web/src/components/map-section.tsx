import Link from "next/link";

import { routes, TIE_STEPS, type Counterpart, type PublicSite } from "@atlas/core/public";

import { WorldMap } from "@/components/world-map";

/** The map of the focus country's ties, how it measures them, and the same as a table (home page and /map). */
export function MapSection({ focus, counterparts }: { focus: PublicSite["focus"]; counterparts: Counterpart[] }) {
  return (
    <>
      <WorldMap focusIsoNumeric={focus.isoNumeric} focusName={focus.name} counterparts={counterparts} />
      <p className="mt-3 max-w-3xl text-sm text-ink-700">
        How the map measures ties: for each country, the number of sourced records the atlas holds of its ties with {focus.name} — events involving both, diplomatic missions either
        way, organisations both belong to, and quantified facts such as trade shares — counted one each, unweighted. The shades step at {TIE_STEPS.join(", ")} records. It measures
        what is recorded here, not the importance of a relationship.
      </p>
      <details className="mt-3 rounded-md border border-ink-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium text-sky-800">The map as a table</summary>
        <table className="mt-3 w-full text-left">
          <caption className="sr-only">Countries by sourced records of ties with {focus.name}</caption>
          <thead className="border-b border-ink-200 text-ink-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Country
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Events
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Missions
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Shared memberships
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Facts
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Records of ties
              </th>
            </tr>
          </thead>
          <tbody>
            {[...counterparts]
              .sort((a, b) => b.ties - a.ties || a.name.localeCompare(b.name))
              .map((c) => (
                <tr key={c.id} className="border-b border-ink-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <Link href={routes.country(c.slug)} className="text-sky-700 hover:underline">
                      {c.name}
                    </Link>
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{c.counts.events}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{c.counts.missions}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{c.counts.sharedMemberships}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{c.counts.facts}</td>
                  <td className="py-1 text-right tabular-nums">{c.ties}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
