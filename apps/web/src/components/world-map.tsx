import { count, routes, TIE_STEPS, type Counterpart } from "@atlas/core/public";

import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/world-shapes";

/** Sourced records of ties → one of five steps of the blue scale (the legend matches). */
const STEPS = ["#d9e6f5", "#b3cdeb", "#7fa9d9", "#4a80c2", "#1f4f8c"];
const step = (ties: number) => STEPS[TIE_STEPS.filter((t) => ties >= t).length]!;
/** Below this size (map units) a country also gets a dot: a target a finger can hit. */
const SMALL = 14;

/** "China: 3 events, 0 missions, 9 shared memberships, 1 fact" — the tooltip and the link's name. */
export const tiesText = (c: Counterpart) =>
  `${c.name}: ${count(c.counts.events, "event")}, ${count(c.counts.missions, "mission")}, ${count(c.counts.sharedMemberships, "shared membership")}, ${count(c.counts.facts, "fact")}`;

/**
 * The focus country and every country with a page, coloured by how many sourced records of ties
 * the atlas holds, each a link to its page. Server-rendered: no script. The grey world is a
 * cached image underneath; the table next to the map carries the same information. On a phone
 * the map keeps a readable size and scrolls sideways, starting from the east.
 */
export function WorldMap({ focusIsoNumeric, focusName, counterparts }: { focusIsoNumeric: string | null; focusName: string; counterparts: Counterpart[] }) {
  const byIso = new Map(counterparts.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!, c]));
  const shown = worldShapes().filter((s) => s.id === focusIsoNumeric || byIso.has(s.id));
  return (
    <figure className="world-map overflow-hidden rounded-lg border border-ink-200 bg-white">
      {/* Right to left on phones: the scroller starts at its east end, where the focus country is. */}
      <div className="overflow-x-auto [direction:rtl] md:[direction:ltr]">
        <div className="relative min-w-[44rem] bg-sky-50/40 [direction:ltr] md:min-w-0">
          {/* eslint-disable-next-line @next/next/no-img-element -- a plain SVG, nothing to optimise */}
          <img src="/map/world.svg" alt="" aria-hidden="true" className="absolute inset-0 h-full w-full dark:brightness-50" width={MAP_WIDTH} height={MAP_HEIGHT} />
          <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-title map-desc" className="relative block h-auto w-full">
            <title id="map-title">{`Map of ${focusName}'s relations`}</title>
            <desc id="map-desc">{`Countries with a page in this atlas, shaded by how many sourced records of their ties with ${focusName} the atlas holds. The table below the map lists the same countries.`}</desc>
            {shown.map((s) => {
              const c = byIso.get(s.id);
              if (!c) {
                return (
                  <path key={s.id} d={s.d} fill="#c4272f" stroke="#fff" strokeWidth={0.6}>
                    <title>{focusName}</title>
                  </path>
                );
              }
              const fill = step(c.ties);
              return (
                <a key={s.id} href={routes.country(c.slug)} aria-label={tiesText(c)} className="map-country">
                  <title>{tiesText(c)}</title>
                  <path d={s.d} fill={fill} stroke="#fff" strokeWidth={0.6} />
                  {s.size < SMALL && <circle cx={s.centre[0]} cy={s.centre[1]} r={7} fill={fill} stroke="#1f4f8c" strokeWidth={1.2} />}
                </a>
              );
            })}
          </svg>
        </div>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-ink-200 px-4 py-2 text-xs text-ink-600">
        <span className="inline-flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm bg-ember-500" aria-hidden="true" /> {focusName}
        </span>
        <span className="inline-flex items-center gap-1.5">
          Sourced records of ties:
          {STEPS.map((c, i) => (
            <span key={c} className="inline-flex items-center gap-0.5 whitespace-nowrap">
              <span className="h-3 w-4" style={{ background: c }} aria-hidden="true" />
              <span>{i === 0 ? "0" : i === STEPS.length - 1 ? `${TIE_STEPS[i - 1]}+` : `${TIE_STEPS[i - 1]}–${TIE_STEPS[i]! - 1}`}</span>
            </span>
          ))}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm bg-[#e4e1d8] dark:brightness-50" aria-hidden="true" /> no page yet
        </span>
      </figcaption>
    </figure>
  );
}
