import "server-only";

type PageCache = { __atlasPageCache?: Map<string, unknown>; __atlasPageCacheState?: { generation: number } };

/** Clears the page cache that server.mjs keeps in front of Next (same process, shared global). */
export function clearPageCache(): void {
  const g = globalThis as PageCache;
  if (g.__atlasPageCacheState) g.__atlasPageCacheState.generation++;
  g.__atlasPageCache?.clear();
}
