import { z } from "zod";

import type { EntryKind } from "@atlas/db/enums";

import { payloadSchemas } from "./registry.ts";

type JsonSchema = { maxLength?: number; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

function collect(schema: JsonSchema, path: string, out: Record<string, number>): void {
  if (schema.maxLength !== undefined) out[path] = schema.maxLength;
  for (const option of schema.anyOf ?? []) collect(option, path, out);
  if (schema.items) collect(schema.items, path, out);
  for (const [name, property] of Object.entries(schema.properties ?? {})) collect(property, path ? `${path}.${name}` : name, out);
}

const cache = new Map<EntryKind, Record<string, number>>();

/**
 * The longest text each field of a kind takes ("description": 5000, "participants.role": 200), read
 * off the same zod schema the server checks with: a form's maxLength can never disagree with it.
 */
export function fieldLimits(kind: EntryKind): Record<string, number> {
  let limits = cache.get(kind);
  if (!limits) {
    limits = {};
    collect(z.toJSONSchema(payloadSchemas[kind], { io: "input", unrepresentable: "any" }) as JsonSchema, "", limits);
    cache.set(kind, limits);
  }
  return limits;
}
