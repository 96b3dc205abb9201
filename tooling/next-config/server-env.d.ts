export declare const serverEnv: {
  NODE_ENV: "development" | "production" | "test";
  PORT?: number;
  HOSTNAME: string;
  ATLAS_TRUSTED_PROXY_HOPS: number;
  ATLAS_PAGE_CACHE_MB: number;
};
