import { routes, type Counterpart } from "@atlas/core/public";

import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/world-shapes";

/** Depth of ties → one of five steps of the blue scale (the legend matches). */
const STEPS = ["#d9e6f5", "#b3cdeb", "#7fa9d9", "#4a80c2", "#1f4f8c"];
const step = (depth: number) => STEPS[Math.min(STEPS.length - 1, Math.floor(depth * STEPS.length))]!;

/**
 * The focus country and its counterparts, coloured by depth of ties, each a link to its page.
 * Server-rendered: no script. The grey world is a cached image underneath; the table next to
 * the map carries the same information for those who cannot see it.
 */
export function WorldMap({ focusIsoNumeric, focusName, counterparts }: { focusIsoNumeric: string | null; focusName: string; counterparts: Counterpart[] }) {
  const byIso = new Map(counterparts.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!, c]));
  const shown = worldShapes().filter((s) => s.id === focusIsoNumeric || byIso.has(s.id));
  return (
    <figure className="overflow-hidden rounded-lg border border-ink-200 bg-white">
      <div className="relative bg-sky-50/40">
        {/* eslint-disable-next-line @next/next/no-img-element -- a plain SVG, nothing to optimise */}
        <img src="/map/world.svg" alt="" aria-hidden="true" className="absolute inset-0 h-full w-full" width={MAP_WIDTH} height={MAP_HEIGHT} />
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-title map-desc" className="relative block h-auto w-full">
          <title id="map-title">{`Map of ${focusName}'s relations`}</title>
          <desc id="map-desc">{`Countries with a page in this atlas are shaded by the depth of their ties with ${focusName}: events, diplomatic missions and shared memberships. The table below the map lists the same countries.`}</desc>
          {shown.map((s) => {
            const c = byIso.get(s.id);
            if (!c) {
              return (
                <path key={s.id} d={s.d} fill="#c4272f" stroke="#fff" strokeWidth={0.6}>
                  <title>{focusName}</title>
                </path>
              );
            }
            return (
              <a
                key={s.id}
                href={routes.country(c.slug)}
                aria-label={`${c.name}: ${c.counts.events} events, ${c.counts.missions} missions, ${c.counts.sharedMemberships} shared memberships`}
              >
                <path d={s.d} fill={step(c.depth)} stroke="#fff" strokeWidth={0.6} className="transition-opacity hover:opacity-75">
                  <title>{c.name}</title>
                </path>
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-ink-200 px-4 py-2 text-xs text-ink-600">
        <span className="inline-flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm bg-ember-500" aria-hidden="true" /> {focusName}
        </span>
        <span className="inline-flex items-center gap-1.5">
          Depth of ties:
          {STEPS.map((c) => (
            <span key={c} className="h-3 w-5" style={{ background: c }} aria-hidden="true" />
          ))}
          <span>fewer → more</span>
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm bg-[#e4e1d8]" aria-hidden="true" /> no page yet
        </span>
      </figcaption>
    </figure>
  );
}
