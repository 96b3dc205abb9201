export declare const serverEnv: {
  NODE_ENV: "development" | "production" | "test";
  PORT?: number;
  HOSTNAME: string;
  ATLAS_TRUSTED_PROXY_HOPS: number;
  ATLAS_PAGE_CACHE_MB: number;
  REDIS_URL?: string;
  ATLAS_CACHE_MB: number;
  NEXT_PHASE?: string;
};
