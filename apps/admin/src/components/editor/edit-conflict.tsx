"use client";

import { useEffect, useRef } from "react";

import type { Presence } from "@atlas/core";
import { fieldLabel } from "@atlas/core/kinds";
import type { EntryKind } from "@atlas/db/enums";
import { Alert, buttonClass } from "@atlas/ui";

import type { EditConflict } from "./use-autosave";

const shown = (v: unknown): string => {
  if (v === undefined || v === null || v === "") return "(empty)";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join("; ") : "(none)";
  return JSON.stringify(v);
};
const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** "Demo Editor is editing this entry since 19:36": who else has this entry's form open. */
export function PresenceNote({ others }: { others: Presence[] }) {
  if (!others.length) return null;
  return (
    <Alert tone="info">
      <ul>
        {others.map((p, i) => (
          <li key={`${p.name}-${p.since}-${i}`}>
            {p.you ? "You also have this entry open in another tab" : `${p.name} is editing this entry`} since {time(p.since)}. Saving is not blocked; if both of you save the same
            draft, you will be shown both texts.
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/**
 * A newer copy of this draft was saved elsewhere: both texts side by side, and the editor's
 * choice. Nothing is saved until they choose, and nothing they typed is thrown away unasked.
 */
export function EditConflictPanel({
  kind,
  conflict,
  onKeepMine,
  onTakeTheirs,
  onMerge,
}: {
  kind: EntryKind;
  conflict: EditConflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const differing = conflict.merge?.fields.filter((f) => f.outcome !== "same") ?? [];
  const clashes = conflict.merge?.conflicts ?? [];
  return (
    <section aria-labelledby="edit-conflict" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-5" role="alert">
      <h2 id="edit-conflict" ref={heading} tabIndex={-1} className="font-serif text-lg font-semibold text-ink-900 outline-none">
        This draft was changed elsewhere
      </h2>
      <p className="mt-1 text-sm text-ink-800">{conflict.message} Autosave is paused until you choose.</p>
      {differing.length > 0 && (
        // One block per field: the two texts side by side where there is room, one above the other on a phone.
        <dl className="mt-4 divide-y divide-amber-200 border-y border-amber-200 text-sm">
          {differing.map((f) => (
            <div key={f.field} className="grid gap-2 py-3 sm:grid-cols-[9rem_1fr_1fr] sm:gap-4">
              <dt className="font-medium">
                {fieldLabel(kind, f.field)}
                {clashes.includes(f.field) && <span className="block text-xs font-normal text-amber-900">both changed the same words</span>}
              </dt>
              <dd className="min-w-0">
                <span className="block text-xs font-semibold uppercase tracking-wide text-ink-600">Your text (this tab)</span>
                <span className="whitespace-pre-wrap break-words">{shown(f.mine)}</span>
              </dd>
              <dd className="min-w-0">
                <span className="block text-xs font-semibold uppercase tracking-wide text-ink-600">Saved elsewhere</span>
                <span className="whitespace-pre-wrap break-words">{shown(f.theirs)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={buttonClass("primary")} onClick={onKeepMine}>
          Keep mine
        </button>
        {conflict.theirs && (
          <button type="button" className={buttonClass("secondary")} onClick={onTakeTheirs}>
            Take the other copy
          </button>
        )}
        {conflict.merge && (
          <button type="button" className={buttonClass("secondary")} onClick={onMerge}>
            {clashes.length ? `Merge both (your text kept in ${clashes.map((c) => fieldLabel(kind, c)).join(", ")})` : "Merge both"}
          </button>
        )}
      </div>
    </section>
  );
}
