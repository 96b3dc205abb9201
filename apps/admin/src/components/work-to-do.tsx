import Link from "next/link";

import type { WorkToDo } from "@atlas/core";
import { SectionHeading } from "@atlas/ui";

const link = "text-sky-700 hover:underline";

/** One list of the dashboard's work to do: a count, and the entries, each linked to its page. */
function ToDo({ id, title, hint, items }: { id: string; title: string; hint: string; items: { id: string; label: string; detail?: string }[] }) {
  if (!items.length) return null;
  return (
    <details className="rounded-lg border border-ink-200 bg-white">
      <summary id={id} className="cursor-pointer px-4 py-3 font-medium text-ink-900">
        {title} <span className="text-ink-600">({items.length})</span>
      </summary>
      <div className="border-t border-ink-200 px-4 py-3 text-sm">
        <p className="text-ink-600">{hint}</p>
        <ul className="mt-2 space-y-1">
          {items.map((i) => (
            <li key={i.id}>
              <Link href={`/entries/${i.id}`} className={link}>
                {i.label}
              </Link>
              {i.detail && <span className="text-ink-600"> — {i.detail}</span>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** What readers see as incomplete, for editors to fix: each list is what a public page marks. */
export function WorkToDoSection({ work }: { work: WorkToDo }) {
  const { statistics: stats } = work;
  const empty = !work.openReports && !work.sourcesToComplete.length && !work.unsourced.length && !work.unsourcedFields.length && !stats.undated.length && !stats.stale.length;
  return (
    <section aria-labelledby="todo-heading" className="space-y-3">
      <SectionHeading id="todo-heading">Work to do</SectionHeading>
      {empty && <p className="text-ink-700">Nothing: every source is checkable and assessed, every statement sourced, every figure dated and recent.</p>}
      {work.openReports > 0 && (
        <p className="rounded-lg border border-amber-700/30 bg-amber-50 px-4 py-3 text-amber-900">
          <Link href="/reports" className="font-medium underline">
            {work.openReports === 1 ? "1 correction from a reader waits" : `${work.openReports} corrections from readers wait`}
          </Link>{" "}
          for an editor.
        </p>
      )}
      <ToDo
        id="todo-sources"
        title="Sources to complete"
        hint="Their public pages say “details not yet recorded” or “not yet assessed”: add what a reader needs to look them up, and a reliability tier."
        items={work.sourcesToComplete.map((s) => ({
          id: s.id,
          label: s.label,
          detail: [s.missing.length ? `missing ${s.missing.join(", ")}` : null, s.reliability ? null : "reliability not assessed"].filter(Boolean).join("; "),
        }))}
      />
      <ToDo id="todo-unsourced" title="Statements shown as unsourced" hint="No published source supports them: readers see them marked “unsourced”." items={work.unsourced} />
      {work.unsourcedFields.map((f) => (
        <ToDo
          key={f.list}
          id={`todo-${f.list}`}
          title={`${f.kind[0]!.toUpperCase()}${f.kind.slice(1)}s whose ${f.field} is unsourced`}
          hint={`Readers see the ${f.field} of these marked “unsourced”: cite what supports it.`}
          items={f.entries}
        />
      ))}
      <ToDo
        id="todo-statistics"
        title="Statistics to check"
        hint={`Readers see these flagged: without a year, or more than ${stats.staleAfterYears} years old (the site's threshold).`}
        items={[
          ...stats.undated.map((f) => ({ id: f.id, label: f.subject, detail: "year not recorded" })),
          ...stats.stale.map((f) => ({ id: f.id, label: f.subject, detail: `${f.year}, possibly out of date` })),
        ]}
      />
    </section>
  );
}
