// Next answers a path with broken %-encoding (/countries/%E0%A4%A) with a 500. It is the
// client's mistake: both apps check first and answer 400 with this text.
export const BROKEN_ENCODING_MESSAGE = "Bad request: the address has broken %-encoding.\n";

/** @param {string} path the request's path, query string optional */
export function hasBrokenEncoding(path) {
  try {
    decodeURIComponent(path.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}
