import type { Redirect } from "next/dist/lib/load-custom-routes";

export const versionRedirects: Redirect[];
