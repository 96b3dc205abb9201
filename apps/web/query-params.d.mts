export const ROUTE_PARAMS: Record<string, string[]>;
export function canonicalTarget(target: string): string;
