import type { z } from "zod";

import type { EntryKind } from "@atlas/db/enums";

import { body } from "./body/index.ts";
import { country } from "./country/index.ts";
import { event } from "./event/index.ts";
import { fact } from "./fact/index.ts";
import type { Kind } from "./kind.ts";
import { membership } from "./membership/index.ts";
import { mission } from "./mission/index.ts";
import { organization } from "./organization/index.ts";
import { person } from "./person/index.ts";
import { relationship } from "./relationship/index.ts";
import { source } from "./source/index.ts";
import { statusChange } from "./status-change/index.ts";

/**
 * Every kind of content, each from its own folder, in the order editors meet them (the new-entry
 * menu, filters). This is the one list of kinds: the seed's
 * files and order, the export sets, forms, diffs, search, page refreshes and public addresses
 * all derive from it. Adding a kind: docs/adding-a-kind.md.
 */
export const KINDS = {
  EVENT: event,
  RELATIONSHIP: relationship,
  STATUS_CHANGE: statusChange,
  MISSION: mission,
  MEMBERSHIP: membership,
  FACT: fact,
  BODY: body,
  COUNTRY: country,
  ORGANIZATION: organization,
  PERSON: person,
  SOURCE: source,
} satisfies { [K in EntryKind]: Kind<K> };

export type Kinds = typeof KINDS;
export type PayloadOf<K extends EntryKind> = z.infer<Kinds[K]["schema"]>;
export type AnyPayload = PayloadOf<EntryKind>;

/** The registry entry of a kind, typed loosely: for code that handles every kind alike. */
export const kindOf = (kind: EntryKind) => KINDS[kind] as unknown as Kind<EntryKind, z.ZodObject> & { schema: z.ZodType<AnyPayload> & z.ZodObject };

export const ALL_KINDS = Object.keys(KINDS) as EntryKind[];

/**
 * An order in which entries can be written so that every reference points backwards (sources
 * before what cites them, countries before what names them), from the kinds' links.
 */
export const KIND_ORDER: EntryKind[] = (() => {
  const needs = (k: EntryKind) => new Set([...kindOf(k).links.map((l) => l.to), ...("citations" in kindOf(k).schema.shape ? ["SOURCE" as const] : [])].filter((to) => to !== k));
  const order: EntryKind[] = [];
  while (order.length < ALL_KINDS.length) {
    const next = ALL_KINDS.find((k) => !order.includes(k) && [...needs(k)].every((n) => order.includes(n)));
    if (!next) throw new Error(`The kinds' links form a cycle: ${ALL_KINDS.filter((k) => !order.includes(k)).join(", ")}`);
    order.push(next);
  }
  return order;
})();

/** Kinds with a public page of their own, addressed by slug. */
export const PAGED_KINDS = ALL_KINDS.filter((k) => KINDS[k].route !== null);

/** The payload schema of each kind: what a revision holds and what a form edits. */
export const payloadSchemas = Object.fromEntries(ALL_KINDS.map((k) => [k, KINDS[k].schema])) as { [K in EntryKind]: Kinds[K]["schema"] };

/** Export sets of the open data (/api/v1/export/events.csv), by name. */
export const EXPORT_SETS = Object.fromEntries(ALL_KINDS.map((k) => [KINDS[k].exportSet, k])) as Record<string, EntryKind>;

/** The seed's data files, in the order they are imported. */
export const SEED_FILES = KIND_ORDER.map((kind) => ({ file: KINDS[kind].seedFile, kind }));
