export function securityHeaders(options: { framing: "none" | "self"; contentSecurityPolicy?: boolean }): { source: string; headers: { key: string; value: string }[] }[];
