import type { ServerResponse } from "node:http";

export const PUBLIC_CACHE_CONTROL: string;
export const VERSION_CACHE_CONTROL: string;
export const VERSION_KEY: string;
export function versionSettled(target: string, now?: number): boolean | null;
export function surrogateKeys(target: string): string[];
export function setPublicCacheHeaders(res: ServerResponse, target: string): void;
