export type SharedCache = {
  mode: "redis" | "memory";
  ready: Promise<void>;
  healthy(): boolean;
  sequence(): number;
  expiredSince(tags: string[], seq: number): boolean;
  get(key: string): Promise<{ seq: number; tags: string[]; lastModified: number; value: unknown } | null>;
  set(key: string, entry: { seq: number; tags: string[]; lastModified: number; value: unknown }, ttlSeconds: number): Promise<void>;
  expire(tags: string[]): Promise<void>;
  onExpire(listener: (tags: string[] | null) => void): () => void;
  memoryBytes(): number;
  close(): Promise<void>;
};

export function sharedCache(): SharedCache;
export function createSharedCache(options: { redisUrl?: string; l1Bytes: number; prefix?: string }): SharedCache;
