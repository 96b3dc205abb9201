// Cache entries as JSON text, for Redis: Next's values hold Buffers (page payloads, route bodies)
// and Maps (segment data), which JSON alone would mangle.

function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) return { $b: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
  if (raw instanceof Map) return { $m: [...raw] };
  return value;
}

function reviver(_key, value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.$b === "string" && Object.keys(value).length === 1) return Buffer.from(value.$b, "base64");
    if (Array.isArray(value.$m) && Object.keys(value).length === 1) return new Map(value.$m);
  }
  return value;
}

export const encode = (entry) => JSON.stringify(entry, replacer);
export const decode = (text) => JSON.parse(text, reviver);
