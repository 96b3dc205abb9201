import "server-only";

import type { Shape } from "./world-shapes";

/**
 * Countries smaller than this (map units) are drawn as dots too, and the dot is their target: on
 * a phone (~340 px for 960 units) this is 24 px, the smallest target a finger is sure to hit.
 */
export const DOT_BELOW = 70;
/** Dots at least this far apart (map units): 24 px on a 320 px phone, and on a desktop. */
const GAP = { phone: 72, wide: 22 };

type Point = [number, number];
export type Dot = { shape: Shape; phone: Point; wide: Point };

/**
 * Where each small country's dot goes: on its centre, pushed apart from dots that would
 * overlap (North Korea, Japan and Taiwan on a phone), a little at a time, evenly, inside the map.
 */
function spread(points: Point[], gap: number, width: number, height: number): Point[] {
  const p = points.map(([x, y]) => [x, y] as Point);
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++) {
        const [dx, dy] = [p[j]![0] - p[i]![0], p[j]![1] - p[i]![1]];
        const d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        // Coincident centres part along a fixed diagonal: the same layout on every render.
        const [ux, uy] = d > 0.01 ? [dx / d, dy / d] : [Math.SQRT1_2, Math.SQRT1_2];
        const push = (gap - d) / 2 + 0.5;
        p[i] = [p[i]![0] - ux * push, p[i]![1] - uy * push];
        p[j] = [p[j]![0] + ux * push, p[j]![1] + uy * push];
        moved = true;
      }
    for (const q of p) {
      q[0] = Math.min(width - gap / 3, Math.max(gap / 3, q[0]));
      q[1] = Math.min(height - gap / 3, Math.max(gap / 3, q[1]));
    }
    if (!moved) break;
  }
  return p.map(([x, y]) => [Math.round(x), Math.round(y)]);
}

export function placeDots(shapes: Shape[], width: number, height: number): Dot[] {
  const small = shapes.filter((s) => s.size < DOT_BELOW).sort((a, b) => a.id.localeCompare(b.id));
  const phone = spread(
    small.map((s) => s.centre),
    GAP.phone,
    width,
    height,
  );
  const wide = spread(
    small.map((s) => s.centre),
    GAP.wide,
    width,
    height,
  );
  return small.map((shape, i) => ({ shape, phone: phone[i]!, wide: wide[i]! }));
}
