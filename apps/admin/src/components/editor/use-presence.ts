"use client";

import { useEffect, useState } from "react";

import type { Presence } from "@atlas/core";
import { PRESENCE_HEARTBEAT_MS } from "@atlas/core/presence-timing";

import { presenceAction } from "@/actions/entries";

/**
 * Tells the server this tab has the entry open, every 30 seconds while the tab is visible, and
 * returns who else has it open (other people, and this person in other tabs). Informs; never blocks.
 */
export function usePresence(entryId: string | undefined): Presence[] {
  const [others, setOthers] = useState<Presence[]>([]);
  useEffect(() => {
    if (!entryId) return;
    const tabId = crypto.randomUUID().replaceAll("-", "");
    const beat = (leaving = false) =>
      presenceAction({ entryId, tabId, leaving })
        .then((r) => !leaving && r?.data && setOthers(r.data))
        .catch(() => undefined);
    void beat();
    const timer = setInterval(() => document.visibilityState === "visible" && void beat(), PRESENCE_HEARTBEAT_MS);
    const visible = () => document.visibilityState === "visible" && void beat();
    const leave = () => void beat(true);
    document.addEventListener("visibilitychange", visible);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", visible);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [entryId]);
  return others;
}
