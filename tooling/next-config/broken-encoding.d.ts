export const BROKEN_ENCODING_MESSAGE: string;
export function hasBrokenEncoding(path: string): boolean;
