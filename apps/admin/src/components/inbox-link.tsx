"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { unreadCountAction } from "@/actions/inbox";

/**
 * The header's link to the inbox with the unread count. The layout that renders it is not
 * rendered again when the editor moves between pages, so the count is asked again after each move
 * (and when the tab comes back into view): the badge and the inbox page agree.
 */
export function InboxLink({ initial }: { initial: number }) {
  const [unread, setUnread] = useState(initial);
  const path = usePathname();
  // A new count from the server (after an action refreshed the layout) replaces the one asked for.
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setUnread(initial);
  }
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void unreadCountAction().then((r) => {
        if (live && typeof r?.data === "number") setUnread(r.data);
      });
    refresh();
    const onVisible = () => document.visibilityState === "visible" && refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [path]);
  return (
    <Link href="/inbox" className="rounded px-2 py-1 font-medium text-sky-700 hover:bg-sky-50">
      Inbox
      {unread > 0 && (
        <span className="ml-1.5 rounded-full bg-ember-600 px-1.5 py-0.5 text-xs font-semibold text-white">
          {unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
