"use client";

import { dequal } from "dequal";
import { useCallback, useEffect, useRef, useState } from "react";

import { mergeDrafts, type DraftMerge } from "@atlas/core/merge";
import type { EntryKind } from "@atlas/db/enums";

import { autosaveDraftAction } from "@/actions/entries";

type Payload = Record<string, unknown>;
export type DraftIds = { entryId?: string; revisionId?: string; changeSetId?: string; draftVersion: number };
export type AutosaveStatus = { state: "idle" | "saving" | "saved" | "error" | "conflict"; message?: string; at?: string };
/** A newer copy saved elsewhere (another tab): both are kept until the editor chooses. */
export type EditConflict = { message: string; revisionId: string | null; draftVersion: number; theirs: Payload | null; merge: DraftMerge | null };
/** What a browser keeps of unsaved typing: the text, and the copy of the draft it was typed on. */
type Backup = { payload: Payload; base: number; basePayload: Payload };

const DELAY_MS = 2500;
const keyOf = (kind: EntryKind, ids: DraftIds) => `atlas-draft:${ids.revisionId ?? ids.entryId ?? `new-${kind}`}`;

function readBackup(key: string): Backup | null {
  try {
    const backup = JSON.parse(localStorage.getItem(key) ?? "null") as Partial<Backup> | null;
    return backup?.payload ? { payload: backup.payload, base: backup.base ?? 0, basePayload: backup.basePayload ?? backup.payload } : null;
  } catch {
    return null;
  }
}

/** What core's conflict error carries (see saveDraft), read defensively: it crossed the network. */
export function conflictOf(details: Record<string, unknown>, message: string, base: Payload, mine: Payload): EditConflict {
  const theirs = details.saved && typeof details.saved === "object" ? (details.saved as Payload) : null;
  return {
    message,
    revisionId: typeof details.revisionId === "string" ? details.revisionId : null,
    draftVersion: typeof details.draftVersion === "number" ? details.draftVersion : 0,
    theirs,
    merge: theirs ? mergeDrafts(base, mine, theirs) : null,
  };
}

/**
 * Saves the draft a moment after it changes (never while it equals the last saved copy) and when
 * the page is hidden, and keeps a copy in this browser until the server has it: a reload or a
 * lost connection never loses typing. Every save names the draft version it was typed on; a newer
 * save elsewhere stops autosave with both copies, and the editor keeps theirs, takes the other or
 * merges them.
 */
export function useAutosave(kind: EntryKind, initial: DraftIds, payload: Payload, setPayload: (p: Payload) => void) {
  const [ids, setIds] = useState<DraftIds>(initial);
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const idsRef = useRef(initial);
  /** The copy the server holds at idsRef's draft version: what "unchanged" means. */
  const saved = useRef<Payload>(payload);
  const latest = useRef(payload);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const blocked = useRef(false);

  const adopt = useCallback((next: DraftIds) => {
    idsRef.current = next;
    setIds(next);
  }, []);

  // A copy left by a reload or a crash, different from what the server gave the page: put it back,
  // based on the version it was typed on (if the server moved on since, the next save says so).
  useEffect(() => {
    const backup = readBackup(keyOf(kind, initial));
    if (!backup || dequal(backup.payload, payload)) return;
    saved.current = backup.basePayload;
    adopt({ ...idsRef.current, draftVersion: backup.base });
    setPayload(backup.payload);
    // The browser's storage is an outside system read once on arrival (it does not exist on the server).
    setStatus({ state: "idle", message: "Your unsaved typing was restored from this browser." });
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const backUp = useCallback(
    (typed: Payload) =>
      localStorage.setItem(keyOf(kind, idsRef.current), JSON.stringify({ payload: typed, base: idsRef.current.draftVersion, basePayload: saved.current } satisfies Backup)),
    [kind],
  );

  const save = useCallback(async () => {
    await inFlight.current;
    const sending = latest.current;
    if (stopped.current || blocked.current || dequal(sending, saved.current)) return;
    const current = idsRef.current;
    const form = new FormData();
    form.set("kind", kind);
    for (const [k, v] of Object.entries({ entryId: current.entryId, revisionId: current.revisionId, changeSetId: current.changeSetId })) if (v) form.set(k, v);
    form.set("baseDraftVersion", String(current.draftVersion));
    form.set("payload", JSON.stringify(sending));
    setStatus({ state: "saving" });
    const run = autosaveDraftAction(form)
      .then((result) => {
        const error = result?.serverError;
        if (result?.data) {
          const { revisionId, entryId, changeSetId, draftVersion, updatedAt } = result.data;
          saved.current = sending;
          localStorage.removeItem(keyOf(kind, current));
          adopt({ revisionId, entryId, changeSetId, draftVersion });
          // Typed while this save was on its way: that stays in the browser until the next save.
          if (!dequal(latest.current, sending)) backUp(latest.current);
          if (!current.revisionId) window.history.replaceState(null, "", `/revisions/${revisionId}/edit`);
          setStatus({ state: "saved", at: new Date(updatedAt).toLocaleTimeString() });
        } else if (error?.conflict) {
          blocked.current = true;
          setConflict(conflictOf(error.conflict, error.message, saved.current, sending));
          setStatus({ state: "conflict", message: error.message });
        } else setStatus({ state: "error", message: error?.message ?? "Some fields cannot be saved yet; your text is kept in this browser." });
      })
      .catch(() => setStatus({ state: "error", message: "Not saved: no connection. Your text is kept in this browser." }));
    inFlight.current = run;
    await run;
  }, [kind, adopt, backUp]);

  useEffect(() => {
    latest.current = payload;
    if (dequal(payload, saved.current)) return localStorage.removeItem(keyOf(kind, idsRef.current));
    backUp(payload);
    const timer = setTimeout(() => void save(), DELAY_MS);
    return () => clearTimeout(timer);
  }, [payload, kind, save, backUp]);

  useEffect(() => {
    const now = () => void save();
    const hidden = () => document.visibilityState === "hidden" && now();
    window.addEventListener("pagehide", now);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", now);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [save]);

  /** The editor chose: from now on the draft is based on the newer copy, and `next` is what the form holds. */
  const resolve = (next: Payload) => {
    if (!conflict) return;
    saved.current = conflict.theirs ?? {};
    adopt({ ...idsRef.current, revisionId: conflict.revisionId ?? undefined, draftVersion: conflict.draftVersion });
    blocked.current = false;
    setConflict(null);
    setStatus({ state: "idle" });
    latest.current = next;
    setPayload(next);
    void save();
  };

  return {
    ids,
    status,
    conflict,
    keepMine: () => resolve(latest.current),
    takeTheirs: () => conflict?.theirs && resolve(conflict.theirs),
    mergeBoth: () => conflict?.merge && resolve(conflict.merge.merged),
    /** The form's own save was refused as a conflict: show it as autosave's would be. */
    showConflict: (details: Record<string, unknown>, message: string) => {
      blocked.current = true;
      setConflict(conflictOf(details, message, saved.current, latest.current));
      setStatus({ state: "conflict", message });
    },
    /** The form's own save takes over: no autosave may race it (and create a second draft). */
    forget: () => {
      stopped.current = true;
      localStorage.removeItem(keyOf(kind, idsRef.current));
    },
    /** The form's save failed: autosave resumes. */
    resume: useCallback(() => {
      stopped.current = false;
    }, []),
    /** A picker created a draft in a change set this form had not joined yet: the form joins it. */
    adoptChangeSet: useCallback(
      (changeSetId: string) => {
        if (!idsRef.current.changeSetId) adopt({ ...idsRef.current, changeSetId });
      },
      [adopt],
    ),
    busy: status.state === "saving",
  };
}
