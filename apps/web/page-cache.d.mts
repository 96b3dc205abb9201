import type { IncomingMessage, ServerResponse } from "node:http";

export function clearPageCache(): void;
export function servePageFromCache(req: IncomingMessage, res: ServerResponse): boolean;
export function pageCacheBytes(): number;
export function setPageCacheLimit(bytes: number): void;
