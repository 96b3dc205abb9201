export { startEmbeddedPostgres, isEmbeddedServer, type EmbeddedPostgres, type EmbeddedOptions } from "./server.ts";
