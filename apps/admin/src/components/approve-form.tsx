"use client";

import { useState } from "react";

import { utcTime } from "@atlas/core/titles";
import { inputClass } from "@atlas/ui";

import { approveChangeSetAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";

// A datetime-local input has no zone: the form says UTC, and it is read as UTC (as the action does).
const asUtc = (value: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? new Date(`${value}:00Z`) : null);

/**
 * Approval of a change set, with scheduling beside it: the button says what it will do —
 * "Approve and publish" now, "Schedule for 12 Dec 09:00 UTC" once a time is set — and
 * `together` names the change sets this one waits for that are published with it.
 */
export function ApproveForm({ changeSetId, together = [], disabled }: { changeSetId: string; together?: string[]; disabled?: boolean }) {
  const [publishAt, setPublishAt] = useState("");
  const [unpublishAt, setUnpublishAt] = useState("");
  const at = asUtc(publishAt);
  const down = asUtc(unpublishAt);
  const what = together.length ? `all ${together.length + 1} change sets` : "";
  const label = at
    ? `Schedule for ${utcTime(at)}${down ? `, take down ${utcTime(down)}` : ""}`
    : `Approve and publish${what ? ` ${what}` : ""}${down ? `, take down ${utcTime(down)}` : ""}`;
  return (
    <ActionForm action={approveChangeSetAction} hidden={{ changeSetId, ...(together.length ? { together: together.join(",") } : {}) }} className="mt-3 space-y-3">
      <details className="text-sm">
        <summary className="cursor-pointer text-sky-700">Publish later, or take down at a time</summary>
        <label htmlFor={`publishAt-${changeSetId}`} className="mt-2 block font-medium text-ink-800">
          Publish at (UTC, optional)
        </label>
        <input id={`publishAt-${changeSetId}`} name="publishAt" type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} className={inputClass()} />
        <label htmlFor={`unpublishAt-${changeSetId}`} className="mt-2 block font-medium text-ink-800">
          Take down at (UTC, optional)
        </label>
        <input
          id={`unpublishAt-${changeSetId}`}
          name="unpublishAt"
          type="datetime-local"
          value={unpublishAt}
          onChange={(e) => setUnpublishAt(e.target.value)}
          className={inputClass()}
        />
      </details>
      <SubmitButton pendingText={at ? "Scheduling…" : "Publishing…"} disabled={disabled}>
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
