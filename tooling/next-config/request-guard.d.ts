import type { IncomingMessage, Server, ServerResponse } from "node:http";

export const CLIENT_ADDRESS_HEADER: string;
export function clientAddress(req: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> }, trustedProxyHops: number): string;
export function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: { methods: string[]; maxBodyBytes: number; trustedProxyHops: number; sameOriginPosts: boolean },
): boolean;
export function admitRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: { methods: string[]; maxBodyBytes: number; trustedProxyHops: number; sameOriginPosts: boolean; actions: boolean },
): Promise<IncomingMessage | null>;
export function refuseTunnels<S extends Server>(server: S): S;
