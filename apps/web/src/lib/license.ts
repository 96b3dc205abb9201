import type { SiteLicense } from "@atlas/core/public";

/** The licence as schema.org says it, for a page's JSON-LD: the licence's address, and whom to credit. */
export const licenseLd = (license: SiteLicense | null) =>
  license ? { ...(license.url ? { license: license.url } : {}), ...(license.attribution ? { creditText: license.attribution } : {}) } : {};

/** A `Link: <…>; rel="license"` header for files and API answers (none while the operator has set no licence address). */
export const licenseLink = (license: SiteLicense | null): Record<string, string> => (license?.url ? { link: `<${license.url}>; rel="license"` } : {});
