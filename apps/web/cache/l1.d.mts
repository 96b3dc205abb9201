export class ByteLru {
  constructor(maxBytes: number);
  maxBytes: number;
  bytes: number;
  get(key: string): unknown;
  set(key: string, value: unknown, size: number): void;
  delete(key: string): void;
  clear(): void;
}
