import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/world-shapes";

// The grey world behind the map: the same for every page and every publish, so it is served
// once and cached by browsers, while only the coloured countries travel inline with the page.
export function GET() {
  const paths = worldShapes()
    .map((s) => `<path d="${s.d}"/>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><g fill="#e4e1d8" stroke="#fff" stroke-width="0.4">${paths}</g></svg>`;
  return new Response(svg, { headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" } });
}
