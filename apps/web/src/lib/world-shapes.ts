import "server-only";

import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type Shape = { id: string; name: string; d: string };

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
  shapes = visible.map((f) => ({ id: String(f.id ?? ""), name: f.properties.name, d: path(f) ?? "" }));
  return shapes;
}
