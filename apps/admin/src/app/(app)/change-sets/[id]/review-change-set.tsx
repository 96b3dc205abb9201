import { buttonClass, inputClass } from "@atlas/ui";

import { approveChangeSetAction, returnChangeSetAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";

/** An admin's two answers to a change set: publish it whole (now or at a time), or send it back with a comment per entry. */
export function ReviewChangeSet({ changeSetId, entries, conflict }: { changeSetId: string; entries: { revisionId: string; label: string }[]; conflict: boolean }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="approve" className="rounded-lg border border-moss-600/30 bg-white p-5">
        <h2 id="approve" className="font-serif text-lg font-semibold">
          Approve and publish
        </h2>
        <p className="mt-1 text-sm text-ink-600">Publishes every entry of the change set in one step, or none of them.</p>
        <ActionForm action={approveChangeSetAction} hidden={{ changeSetId }} className="mt-3 space-y-3">
          <details className="text-sm">
            <summary className="cursor-pointer text-sky-700">Publish later, or take down at a time</summary>
            <label htmlFor="publishAt" className="mt-2 block font-medium text-ink-800">
              Publish at (UTC, optional)
            </label>
            <input id="publishAt" name="publishAt" type="datetime-local" className={inputClass()} />
            <label htmlFor="unpublishAt" className="mt-2 block font-medium text-ink-800">
              Take down at (UTC, optional)
            </label>
            <input id="unpublishAt" name="unpublishAt" type="datetime-local" className={inputClass()} />
          </details>
          <SubmitButton pendingText="Publishing…" disabled={conflict}>
            Approve and publish
          </SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="return" className="rounded-lg border border-ink-200 bg-white p-5">
        <h2 id="return" className="font-serif text-lg font-semibold">
          Send it back
        </h2>
        <p className="mt-1 text-sm text-ink-600">Comment on the entries that need work; the whole change set goes back to its author.</p>
        <ActionForm action={returnChangeSetAction} hidden={{ changeSetId }} className="mt-2 space-y-3">
          {entries.map((e) => (
            <fieldset key={e.revisionId} className="space-y-1">
              <legend className="text-sm font-medium text-ink-800">{e.label}</legend>
              <label htmlFor={`comment-${e.revisionId}`} className="sr-only">
                Comment on {e.label}
              </label>
              <textarea id={`comment-${e.revisionId}`} name={`comment:${e.revisionId}`} rows={2} className={inputClass()} />
              <label className="flex items-center gap-2 text-sm text-ink-700">
                <input type="checkbox" name={`decision:${e.revisionId}`} value="reject" /> Reject this entry for good
              </label>
            </fieldset>
          ))}
          <button className={buttonClass("secondary")}>Send back with comments</button>
        </ActionForm>
      </section>
    </div>
  );
}
