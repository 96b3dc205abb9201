// The public read functions taking an explicit database client: for the benchmark and tests,
// which work on several databases in one process. (The public site uses the bound `atlas`.)
export { getCountryPage } from "./country-page.ts";
export { listCounterparts } from "./countries.ts";
export { search } from "./search.ts";
export { listTimeline } from "./timeline.ts";
