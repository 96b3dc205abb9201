import type { IncomingMessage, ServerResponse } from "node:http";

export function clearPageCache(): void;
export function servePageFromCache(req: IncomingMessage, res: ServerResponse): boolean;
