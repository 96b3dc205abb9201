import { utcTime } from "@atlas/core/titles";
import { buttonClass, inputClass } from "@atlas/ui";

import { returnChangeSetAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";
import { ApproveForm } from "@/components/approve-form";

type Waiting = { changeSetId: string; title: string; state: "writing" | "submitted" | "scheduled"; publishAt: Date | null };

/**
 * An admin's two answers to a change set: approve it whole (now, or at a time), or send it back
 * with a comment per entry. A set that uses another set's new work is approved with it, or after it.
 */
export function ReviewChangeSet({
  changeSetId,
  entries,
  conflict,
  waitsFor,
}: {
  changeSetId: string;
  entries: { revisionId: string; label: string }[];
  conflict: boolean;
  waitsFor: Waiting[];
}) {
  const writing = waitsFor.filter((d) => d.state === "writing");
  const together = waitsFor.filter((d) => d.state === "submitted");
  const scheduled = waitsFor.filter((d) => d.state === "scheduled");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="approve" className="rounded-lg border border-moss-600/30 bg-white p-5">
        <h2 id="approve" className="font-serif text-lg font-semibold">
          Approve
        </h2>
        <p className="mt-1 text-sm text-ink-600">Publishes every entry of the change set in one step, or none of them — now, or at the time you set.</p>
        {together.length > 0 && (
          <p className="mt-2 text-sm text-ink-800">
            Approved together with {together.map((d) => `“${d.title}”`).join(", ")}, which it uses: that work is published first, in the same step.
          </p>
        )}
        {scheduled.length > 0 && (
          <p className="mt-2 text-sm text-ink-800">
            It uses {scheduled.map((d) => `“${d.title}”`).join(", ")}, scheduled for {scheduled.map((d) => (d.publishAt ? utcTime(d.publishAt) : "later")).join(", ")}: schedule
            this one for after that.
          </p>
        )}
        {writing.length > 0 && (
          <p className="mt-2 text-sm font-medium text-ember-700">
            It cannot be approved yet: it uses {writing.map((d) => `“${d.title}”`).join(", ")}, still a draft of its author. It can be once that is submitted (then both together)
            or published.
          </p>
        )}
        <ApproveForm changeSetId={changeSetId} together={together.map((d) => d.changeSetId)} disabled={conflict || writing.length > 0} />
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
