import { handlers } from "@atlas/auth";

export const { GET, POST } = handlers;
