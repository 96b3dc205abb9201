import type { ServerResponse } from "node:http";

export const PUBLIC_CACHE_CONTROL: string;
export function surrogateKeys(pathname: string): string[];
export function setPublicCacheHeaders(res: ServerResponse, pathname: string): void;
