import "server-only";

import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** A country's outline, and its centre and size on the map (small states are drawn as dots too). */
export type Shape = { id: string; name: string; d: string; centre: [number, number]; size: number };

// Projected once per process: the outlines never change, only the colours do.
let shapes: Shape[] | null = null;
export function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const visible = countries.features.filter((f) => f.id !== "010"); // Antarctica
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features: visible },
  );
  const path = geoPath(projection).digits(1);
  shapes = visible.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const [cx, cy] = path.centroid(f);
    return { id: String(f.id ?? ""), name: f.properties.name, d: path(f) ?? "", centre: [Math.round(cx), Math.round(cy)], size: Math.max(x1 - x0, y1 - y0) };
  });
  return shapes;
}
