import Link from "next/link";

import type { ScheduleRow } from "@atlas/core";

import { cancelScheduleAction, takeOverScheduleAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const small = "rounded px-2 py-1 text-sm font-medium ring-1";

/** “Publish “Modi visits Mongolia” at 2026-12-01 09:00 UTC”: what a schedule will do, and when. */
export const scheduleLine = (s: ScheduleRow) => `${s.action === "PUBLISH" ? "Publish" : "Take down"} ${s.labels.join(", ") || "(nothing left)"} at ${when(s.runAt)}`;

/** Planned publications and takedowns, with what an admin can do about each: held ones first need a decision. */
export function ScheduleList({ schedules }: { schedules: ScheduleRow[] }) {
  return (
    <ul className="mt-3 divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white">
      {schedules.map((s) => (
        <li key={s.id} className={`flex flex-wrap items-center gap-3 p-3 text-sm ${s.status === "NEEDS_REVIEW" ? "bg-amber-50" : ""}`}>
          <span className="font-medium text-ink-900">{scheduleLine(s)}</span>
          <span className="text-ink-600">planned by {s.by}</span>
          {s.status === "FAILED" && <span className="text-ember-700">Could not run: {s.lastError}</span>}
          {s.status === "NEEDS_REVIEW" && <span className="font-medium text-amber-700">Held for review. {s.lastError}</span>}
          {s.changeSetId && (
            <Link href={`/change-sets/${s.changeSetId}`} className="text-sky-700 hover:underline">
              Open
            </Link>
          )}
          {s.status === "NEEDS_REVIEW" && (
            <ActionForm action={takeOverScheduleAction} hidden={{ scheduleId: s.id }} confirm="Take this over? It runs as you, at its time (at once if that has passed).">
              <button className={`${small} bg-white text-sky-700 ring-sky-200 hover:bg-sky-50`}>Take over (run as me)</button>
            </ActionForm>
          )}
          {(s.status === "PENDING" || s.status === "NEEDS_REVIEW") && (
            <ActionForm action={cancelScheduleAction} hidden={{ scheduleId: s.id }} confirm="Cancel this scheduled change?">
              <button className={`${small} text-ember-700 ring-ember-100 hover:bg-ember-50`}>Cancel</button>
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
