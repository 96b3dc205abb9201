"use client";

import { useEffect, useRef, useState } from "react";

import type { Guess, Reading, TCorrection } from "@atlas/core/paste";
import { Alert, Badge, buttonClass, cn } from "@atlas/ui";

import { describeGuess } from "./describe-guess";
import { GuessFields } from "./guess-fields";

/** The sentence with the words each guess came from marked; the guess in focus stands out. */
function MarkedSentence({ text, guesses, active }: { text: string; guesses: Guess[]; active: string | null }) {
  const spans = guesses.flatMap((g) => g.spans.map((s) => ({ ...s, key: g.key }))).sort((a, b) => a.start - b.start);
  const parts: { text: string; keys: string[] }[] = [];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    parts.push({ text: text.slice(from, to), keys: spans.filter((s) => s.start <= from && to <= s.end).map((s) => s.key) });
  }
  return (
    <blockquote className="rounded-md border-l-4 border-sky-300 bg-white px-4 py-3 font-serif text-lg leading-relaxed text-ink-900">
      {parts.map((p, i) =>
        p.keys.length ? (
          <mark
            key={i}
            className={cn("rounded-sm px-0.5 text-ink-900", p.keys.includes(active ?? "") ? "bg-amber-200 ring-2 ring-amber-700" : "bg-amber-50 ring-1 ring-amber-700/20")}
          >
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </blockquote>
  );
}

const sections: { title: string; kinds: Guess["kind"][] }[] = [
  { title: "What it states", kinds: ["EVENT", "MEMBERSHIP", "MISSION", "FACT"] },
  { title: "What it names", kinds: ["COUNTRY", "PERSON", "ORGANIZATION"] },
];

export function SentenceReview({ reading, action, pending, hasSource }: { reading: Reading; action: (form: FormData) => void; pending: boolean; hasSource: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [corrections, setCorrections] = useState<Record<string, TCorrection>>(() => Object.fromEntries(reading.guesses.map((g) => [g.key, { key: g.key, keep: true }])));
  const [active, setActive] = useState<string | null>(null);
  // A keyboard user lands on what was read, not back at the top of the page.
  useEffect(() => heading.current?.focus(), []);
  const correct = (key: string, change: Partial<TCorrection>) => setCorrections((all) => ({ ...all, [key]: { ...all[key]!, ...change } }));
  const drafted = reading.guesses.filter((g) => corrections[g.key]?.keep && !("atlasId" in g && g.atlasId)).length;

  return (
    <section aria-labelledby="reading-heading" className="space-y-4 border-t border-ink-200 pt-4">
      <h2 id="reading-heading" ref={heading} tabIndex={-1} className="font-serif text-xl font-semibold text-ink-900 focus:outline-none">
        What the sentence says
      </h2>
      <p className="text-sm text-ink-600">
        Each guess was read from the words marked in the sentence. Keep, correct or drop each one; only what you keep is drafted. Everything can still be edited in the drafts.
      </p>
      <MarkedSentence text={reading.text} guesses={reading.guesses} active={active} />
      {reading.notes.length > 0 && (
        <Alert tone="warning" title="To check">
          <ul className="list-disc pl-5">
            {reading.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Alert>
      )}
      <p className="text-sm text-ink-700">
        {reading.citations.length
          ? `Cited to ${reading.citations.map((c) => `${c.label} [${c.marker}]`).join(", ")}.`
          : `A source quoting the sentence is drafted${hasSource ? " from the title and address above" : ": give its title above, or complete it afterwards"}.`}
      </p>
      {sections.map((section) => {
        const list = reading.guesses.filter((g) => section.kinds.includes(g.kind));
        if (!list.length) return null;
        return (
          <div key={section.title} className="space-y-3">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-ink-600">{section.title}</h3>
            {list.map((g, i) => {
              const d = describeGuess(g, reading);
              const kept = corrections[g.key]!.keep;
              const id = `guess-${section.kinds[0]}-${i}`;
              return (
                <fieldset
                  key={g.key}
                  onFocus={() => setActive(g.key)}
                  onMouseEnter={() => setActive(g.key)}
                  className={cn("rounded-lg border bg-white p-4", kept ? "border-ink-200" : "border-dashed border-ink-300 opacity-75")}
                >
                  <legend className="flex flex-wrap items-center gap-2 px-1 text-sm font-medium text-ink-900">
                    <Badge tone={d.known ? "green" : "amber"}>{d.known ? "In the atlas" : "Guess"}</Badge>
                    {d.title}
                  </legend>
                  <p className="mt-1 text-sm text-ink-600">
                    From the words{" "}
                    {g.spans.map((s, j) => (
                      <mark key={j} className="mx-0.5 rounded-sm bg-amber-50 px-0.5 text-ink-900 ring-1 ring-amber-700/20">
                        {reading.text.slice(s.start, s.end)}
                      </mark>
                    ))}
                  </p>
                  {d.recorded ? (
                    <p className="mt-2 text-sm text-moss-700">Already in the atlas: nothing is drafted for it.</p>
                  ) : (
                    <>
                      <div className="mt-2 flex items-center gap-2">
                        <input
                          id={`${id}-keep`}
                          type="checkbox"
                          checked={kept}
                          onChange={(e) => correct(g.key, { keep: e.target.checked })}
                          className="size-4 rounded border-ink-300"
                        />
                        <label htmlFor={`${id}-keep`} className="text-sm text-ink-800">
                          {d.keepLabel}
                        </label>
                      </div>
                      {kept && <GuessFields guess={g} id={id} correction={corrections[g.key]!} onChange={(change) => correct(g.key, change)} />}
                    </>
                  )}
                </fieldset>
              );
            })}
          </div>
        );
      })}
      <input type="hidden" name="corrections" value={JSON.stringify(Object.values(corrections))} />
      <button formAction={action} className={buttonClass("primary")} disabled={pending}>
        {pending ? "Drafting…" : "Make the drafts"}
      </button>
      <p className="text-xs text-ink-500">{drafted === 1 ? "1 guess is drafted" : `${drafted} guesses are drafted`}, with the source, as one change set.</p>
    </section>
  );
}
