export { freePort, startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedOptions } from "./server.ts";
