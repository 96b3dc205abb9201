// `?as-of=` on a page of an entry answers with the permanent address of that version:
// /countries/china?as-of=2026-12-01 → /countries/china/as-of/2026-12-01 (a path of its own, so
// that shared caches keep it under keys no publish purges: cache-policy.mjs). A value that is
// not a date reaches the version page all the same, which answers 404.

const SECTIONS = ["countries", "events", "organizations", "people"];

/** Next's `redirects` (next.config.ts). */
export const versionRedirects = SECTIONS.map((section) => ({
  source: `/${section}/:slug`,
  has: [{ type: "query", key: "as-of", value: "(?<at>[^/?#]{1,40})" }],
  destination: `/${section}/:slug/as-of/:at`,
  permanent: true,
}));
