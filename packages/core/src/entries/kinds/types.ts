import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { PayloadOf } from "../schemas/index.ts";

/** A reference from a payload field to another entry, checked before anything is written. */
export type Reference = { path: (string | number)[]; id: string; kind: EntryKind };

/** Fields (or field groups) that must be unique among entries of a kind. */
export type UniqueCheck<P> = { fields: (keyof P & string)[]; where: (p: P) => Record<string, unknown> | null };

/** Everything core needs to know about one kind of content. */
export type KindHandler<K extends EntryKind> = {
  kind: K;
  /** Prefix of new ids ("event" → "event_k3j9x0q2"). */
  idPrefix: string;
  /** The Prisma model delegate name holding the published rows. */
  model: "country" | "organization" | "person" | "body" | "source" | "relationship" | "event" | "mission" | "membership" | "fact";
  /** Statements must cite a source to be published; reference entities need not. */
  isStatement: boolean;
  references(payload: PayloadOf<K>): Reference[];
  unique: UniqueCheck<PayloadOf<K>>[];
  /** Human label; `names` maps referenced entry ids to their labels. */
  label(payload: PayloadOf<K>, names: Map<string, string>): string;
  /** Writes the payload into the kind's own tables (the public read model). */
  apply(tx: Tx, id: string, payload: PayloadOf<K>): Promise<void>;
};

export const ref = (kind: EntryKind, path: (string | number)[], id: string | null | undefined): Reference[] => (id ? [{ kind, path, id }] : []);

export const refs = (kind: EntryKind, field: string, ids: string[]): Reference[] => ids.map((id, i) => ({ kind, path: [field, i], id }));
