import type { CountryPage } from "@atlas/core/public";

import { SectionHeading } from "../layout.tsx";
import { Sourced } from "./footnotes.tsx";

/** The relations over time: each dated step (established, suspended, a strategic partnership…) with its sources. */
export function StatusLine({ steps }: { steps: CountryPage["statusHistory"] }) {
  if (!steps.length) return null;
  return (
    <section aria-labelledby="status-history" className="mt-10">
      <SectionHeading id="status-history">Relations over time</SectionHeading>
      <ol className="relative ml-2 space-y-4 border-l-2 border-sky-200 pl-6">
        {steps.map((s) => (
          <li key={s.id} id={`status-${s.id}`} className="relative">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.95rem] h-3 w-3 rounded-full border-2 border-sky-600 bg-white" />
            <p>
              <time dateTime={s.date.datetime ?? undefined} className="font-serif text-lg font-semibold text-ink-900">
                {s.date.display}
              </time>
              <span className="ml-3 font-medium text-ink-800">{s.label}</span>
              <Sourced notes={s.notes} />
            </p>
            {s.note && <p className="text-sm text-ink-600">In the source&apos;s words: “{s.note}”</p>}
            {s.qualifierNote && <p className="text-xs font-medium text-amber-700">{s.qualifierNote[0]!.toUpperCase() + s.qualifierNote.slice(1)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
