export const ROUTE_PARAMS: Record<string, string[]>;
export function paramsOf(path: string): string[];
export function canonicalTarget(target: string): string;
