import type { CSSProperties } from "react";

import { count, routes, TIE_STEPS, type Counterpart } from "@atlas/core/public";

import { MapInteractions } from "@/components/map-interactions";
import { placeDots } from "@/lib/map-dots";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/world-shapes";

/** Sourced records of ties → one of five steps (the legend matches; colours in globals.css, light and dark). */
const step = (ties: number) => TIE_STEPS.filter((t) => ties >= t).length;
const LEGEND = [0, 1, 2, 3, 4].map((i) => (i === 0 ? "0" : i === 4 ? `${TIE_STEPS[3]}+` : `${TIE_STEPS[i - 1]}–${TIE_STEPS[i]! - 1}`));

/** "China: 3 events, 0 missions, 9 shared memberships, 1 fact" — the tooltip, the link's name and what a tap shows. */
export const tiesText = (c: Counterpart) =>
  `${c.name}: ${count(c.counts.events, "event")}, ${count(c.counts.missions, "mission")}, ${count(c.counts.sharedMemberships, "shared membership")}, ${count(c.counts.facts, "fact")}`;

const pct = ([x, y]: [number, number]) => ({ x: `${((x / MAP_WIDTH) * 100).toFixed(2)}%`, y: `${((y / MAP_HEIGHT) * 100).toFixed(2)}%` });

/**
 * The focus country and every country with a page, coloured by how many sourced records of ties
 * the atlas holds, each a link to its page. Server-rendered, and usable without script; the
 * grey world is a cached image underneath; the table under the map carries the same
 * information. Small countries are dots, never smaller than a fingertip, drawn apart (with a
 * line to their country) where they would overlap. Tapping or focusing a country shows its
 * count and a link; zooming and panning load only when asked for (map-interactions.tsx).
 */
export function WorldMap({ focusIsoNumeric, focusName, counterparts }: { focusIsoNumeric: string | null; focusName: string; counterparts: Counterpart[] }) {
  const byIso = new Map(counterparts.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!, c]));
  const shown = worldShapes().filter((s) => s.id === focusIsoNumeric || byIso.has(s.id));
  const dots = placeDots(
    shown.filter((s) => byIso.has(s.id)),
    MAP_WIDTH,
    MAP_HEIGHT,
  );
  const dotted = new Set(dots.map((d) => d.shape.id));
  return (
    <figure className="world-map overflow-hidden rounded-lg border border-ink-200 bg-white">
      <MapInteractions focusName={focusName}>
        <div className="map-canvas relative bg-sky-50/40">
          {/* eslint-disable-next-line @next/next/no-img-element -- a plain SVG, nothing to optimise */}
          <img src="/map/world.svg" alt="" aria-hidden="true" className="absolute inset-0 h-full w-full dark:brightness-50" width={MAP_WIDTH} height={MAP_HEIGHT} />
          <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-title map-desc" className="relative block h-auto w-full">
            <title id="map-title">{`Map of ${focusName}'s relations`}</title>
            <desc id="map-desc">{`Countries with a page in this atlas, shaded by how many sourced records of their ties with ${focusName} the atlas holds. The table below the map lists the same countries.`}</desc>
            {shown.map((s) => {
              const c = byIso.get(s.id);
              if (!c) {
                return (
                  <path key={s.id} d={s.d} className="map-focus">
                    <title>{focusName}</title>
                  </path>
                );
              }
              // A dotted country's outline is only a picture; its dot is the target.
              if (dotted.has(s.id)) return <path key={s.id} d={s.d} className={`map-shape tie-${step(c.ties)}`} aria-hidden="true" />;
              return (
                <a key={s.id} href={routes.country(c.slug)} aria-label={tiesText(c)} data-name={c.name} className="map-country">
                  <title>{tiesText(c)}</title>
                  <path d={s.d} className={`map-shape tie-${step(c.ties)}`} />
                </a>
              );
            })}
            {dots.map(({ shape, phone, wide }) => (
              <g key={shape.id} aria-hidden="true" className="map-leaders">
                <line x1={shape.centre[0]} y1={shape.centre[1]} x2={phone[0]} y2={phone[1]} className="leader-phone" />
                <line x1={shape.centre[0]} y1={shape.centre[1]} x2={wide[0]} y2={wide[1]} className="leader-wide" />
              </g>
            ))}
          </svg>
          {dots.map(({ shape, phone, wide }) => {
            const c = byIso.get(shape.id)!;
            const [p, w] = [pct(phone), pct(wide)];
            const at = { "--px": p.x, "--py": p.y, "--wx": w.x, "--wy": w.y } as CSSProperties;
            return (
              <a
                key={shape.id}
                href={routes.country(c.slug)}
                aria-label={tiesText(c)}
                title={tiesText(c)}
                data-name={c.name}
                className={`map-dot tie-${step(c.ties)}`}
                style={at}
              />
            );
          })}
        </div>
      </MapInteractions>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-ink-200 px-4 py-2 text-xs text-ink-700">
        <span className="inline-flex items-center gap-1.5">
          <span className="map-swatch map-focus-swatch" aria-hidden="true" /> {focusName}
        </span>
        <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
          Sourced records of ties:
          {LEGEND.map((label, i) => (
            <span key={label} className="inline-flex items-center gap-1 whitespace-nowrap">
              <span className={`map-swatch tie-${i}`} aria-hidden="true" />
              <span>{label}</span>
            </span>
          ))}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="map-swatch map-world-swatch" aria-hidden="true" /> no page yet
        </span>
      </figcaption>
    </figure>
  );
}
