export function securityHeaders(options: { framing: "none" | "self" }): { source: string; headers: { key: string; value: string }[] }[];
