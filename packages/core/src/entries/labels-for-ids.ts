import type { Db } from "@atlas/db";

import { assertRole, type Actor } from "../auth/actor.ts";

const ID = /^[a-z]+_[a-z0-9]+(-[a-z0-9]+)*$/;

function collect(value: unknown, out: Set<string>): void {
  if (typeof value === "string" && ID.test(value)) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => collect(v, out));
}

/** Labels of every entry or excerpt id a payload mentions, so a form can show names, not ids. */
export async function labelsForPayload({ db, actor, payload }: { db: Db; actor: Actor | null; payload: unknown }): Promise<Record<string, string>> {
  assertRole(actor, "EDITOR");
  const ids = new Set<string>();
  collect(payload, ids);
  if (!ids.size) return {};
  const [entries, excerpts] = await Promise.all([
    db.entry.findMany({ where: { id: { in: [...ids] } }, select: { id: true, label: true } }),
    db.excerpt.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } }),
  ]);
  return Object.fromEntries([...entries.map((e) => [e.id, e.label]), ...excerpts.map((e) => [e.id, e.text.length > 140 ? `${e.text.slice(0, 140)}…` : e.text])]);
}
