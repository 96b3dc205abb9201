"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { EntryKind } from "@atlas/db/enums";

import { autosaveDraftAction } from "@/actions/entries";

type Ids = { entryId?: string; revisionId?: string; changeSetId?: string; updatedAt?: string };
export type AutosaveStatus = { state: "idle" | "saving" | "saved" | "error" | "conflict"; message?: string; at?: string };

const DELAY_MS = 2500;
const keyOf = (kind: EntryKind, ids: Ids) => `atlas-draft:${ids.revisionId ?? ids.entryId ?? `new-${kind}`}`;

/**
 * Saves the draft a moment after each change and when the page is hidden or left, and keeps a copy
 * in this browser until the server has it: a reload or a lost connection never loses typing. A
 * save based on an older copy than the server's is refused by core and shown, never overwritten.
 */
export function useAutosave(kind: EntryKind, initial: Ids, payload: Record<string, unknown>, onRestore: (p: Record<string, unknown>) => void) {
  const [ids, setIds] = useState<Ids>(initial);
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });
  const idsRef = useRef(ids);
  const dirty = useRef(false);
  const saving = useRef<Promise<void> | null>(null);
  const first = useRef(true);
  const stopped = useRef(false);
  const latest = useRef(payload);
  useEffect(() => {
    latest.current = payload;
  }, [payload]);

  // A copy left by a reload or a crash, newer than what the server gave the page: put it back.
  useEffect(() => {
    const raw = localStorage.getItem(keyOf(kind, initial));
    if (!raw) return;
    const backup = JSON.parse(raw) as { payload: Record<string, unknown> };
    if (JSON.stringify(backup.payload) !== JSON.stringify(payload)) {
      onRestore(backup.payload);
      dirty.current = true;
      // The browser's storage is an outside system read once on arrival (it does not exist on the server).
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStatus({ state: "idle", message: "Your unsaved typing was restored from this browser." });
    }
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = useCallback(async () => {
    if (!dirty.current || stopped.current || status.state === "conflict") return;
    await saving.current;
    dirty.current = false;
    const current = idsRef.current;
    const form = new FormData();
    form.set("kind", kind);
    for (const [k, v] of Object.entries({ entryId: current.entryId, revisionId: current.revisionId, changeSetId: current.changeSetId, baseUpdatedAt: current.updatedAt }))
      if (v) form.set(k, v);
    form.set("payload", JSON.stringify(latest.current));
    setStatus({ state: "saving" });
    const run = autosaveDraftAction(form).then((result) => {
      if (result?.data) {
        const next = { ...result.data };
        localStorage.removeItem(keyOf(kind, current));
        localStorage.removeItem(keyOf(kind, next));
        idsRef.current = next;
        setIds(next);
        if (!current.revisionId) window.history.replaceState(null, "", `/revisions/${next.revisionId}/edit`);
        setStatus({ state: "saved", at: new Date(next.updatedAt).toLocaleTimeString() });
      } else if (result?.serverError && "conflict" in result.serverError && result.serverError.conflict) {
        setStatus({ state: "conflict", message: result.serverError.message });
      } else {
        dirty.current = true;
        const message = result?.serverError?.message ?? "Some fields cannot be saved yet; your text is kept in this browser.";
        setStatus({ state: "error", message });
      }
    });
    saving.current = run.catch(() => {
      dirty.current = true;
      setStatus({ state: "error", message: "Not saved: no connection. Your text is kept in this browser." });
    });
    await saving.current;
  }, [kind, status.state]);

  useEffect(() => {
    if (first.current || stopped.current) {
      first.current = false;
      return;
    }
    dirty.current = true;
    localStorage.setItem(keyOf(kind, idsRef.current), JSON.stringify({ payload, at: Date.now() }));
    const timer = setTimeout(() => void save(), DELAY_MS);
    return () => clearTimeout(timer);
  }, [payload, kind, save]);

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

  /** The form's own save takes over: no autosave may race it (and create a second draft). */
  const forget = () => {
    stopped.current = true;
    dirty.current = false;
    localStorage.removeItem(keyOf(kind, idsRef.current));
  };
  /** The form's save failed: autosave resumes. */
  const resume = () => {
    stopped.current = false;
  };
  /** A picker created a draft in a change set this form had not joined yet: the form joins it. */
  const adoptChangeSet = useCallback((changeSetId: string) => {
    if (idsRef.current.changeSetId) return;
    idsRef.current = { ...idsRef.current, changeSetId };
    setIds(idsRef.current);
  }, []);
  return { ids, status, forget, resume, adoptChangeSet, busy: status.state === "saving" };
}
