// The in-process first level of the shared cache: least recently used entries go first once the
// entries together take more than `maxBytes` (their encoded size, the bytes Redis holds too).

export class ByteLru {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { value: unknown, size: number }>} */
    this.entries = new Map();
  }

  get(key) {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key, value, size) {
    this.delete(key);
    // An entry bigger than an eighth of the whole would push out everything else: not kept.
    if (size > this.maxBytes / 8) return;
    while (this.bytes + size > this.maxBytes && this.entries.size) this.delete(this.entries.keys().next().value);
    this.entries.set(key, { value, size });
    this.bytes += size;
  }

  delete(key) {
    const hit = this.entries.get(key);
    if (!hit) return;
    this.entries.delete(key);
    this.bytes -= hit.size;
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}
