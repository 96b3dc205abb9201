import { buttonClass, inputClass } from "@atlas/ui";

import { mergeChangeSetsAction, moveToChangeSetAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";

type OpenSet = { id: string; title: string; entries: number };

/** "Move to…": one of the author's other change sets still being written, or a new one. */
export function MoveForm({ revisionId, label, sets }: { revisionId: string; label: string; sets: OpenSet[] }) {
  const id = `move-${revisionId}`;
  return (
    <ActionForm action={moveToChangeSetAction} hidden={{ revisionId }} className="flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor={id} className="block text-xs font-medium text-ink-700">
        Move {label} to
        <select id={id} name="changeSetId" defaultValue="" className={`${inputClass()} w-auto`}>
          <option value="">A new change set of its own</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.entries} {s.entries === 1 ? "entry" : "entries"})
            </option>
          ))}
        </select>
      </label>
      <button className={buttonClass("secondary", "sm")}>Move</button>
    </ActionForm>
  );
}

/** Merges this change set into another of the author's: one piece of work, reviewed as one. */
export function MergeForm({ changeSetId, sets }: { changeSetId: string; sets: OpenSet[] }) {
  if (!sets.length) return null;
  return (
    <section aria-labelledby="merge" className="rounded-lg border border-ink-200 bg-white p-4">
      <h2 id="merge" className="font-serif text-lg font-semibold">
        Merge with another change set
      </h2>
      <p className="text-sm text-ink-600">Every draft of this change set joins the other; they are then submitted, reviewed and published together.</p>
      <ActionForm action={mergeChangeSetsAction} hidden={{ changeSetId }} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
        <label htmlFor="merge-into" className="block text-xs font-medium text-ink-700">
          Merge into
          <select id="merge-into" name="intoChangeSetId" className={`${inputClass()} w-auto`}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.entries} {s.entries === 1 ? "entry" : "entries"})
              </option>
            ))}
          </select>
        </label>
        <button className={buttonClass("secondary", "sm")}>Merge</button>
      </ActionForm>
    </section>
  );
}
