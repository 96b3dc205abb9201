"use client";
import type { ReactNode } from "react";

import { inputClass } from "@atlas/ui";

import { Picker } from "./picker";
import { errorsAt, errorsUnder, type Errors, type Labels } from "./types";

type Citation = { sourceId: string; excerptId: string | null; locator: string | null };
type Participant = { personId: string; role: string; countryId: string | null };
type Excerpt = { id: string; text: string; position: number };

function RowErrors({ messages }: { messages: string[] }) {
  return messages.length ? <p className="text-xs font-medium text-ember-700">{[...new Set(messages)].join(" ")}</p> : null;
}

function RowShell({ title, onRemove, children, invalid }: { title: string; onRemove: () => void; children: ReactNode; invalid: boolean }) {
  return (
    <li className={`rounded-md border bg-ink-50 p-3 ${invalid ? "border-ember-500" : "border-ink-200"}`}>
      <div className="mb-2 flex items-center justify-between">
        <span className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{title}</span>
        <button type="button" onClick={onRemove} className="rounded px-2 py-0.5 text-xs text-ember-700 hover:bg-ember-50">
          Remove
        </button>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">{children}</div>
    </li>
  );
}

const label = "block text-xs font-medium text-ink-700";

export function CitationsInput({ id, name, value, labels, errors, onChange, onLabel }: { id: string; name: string; value: Citation[]; labels: Labels; errors: Errors; onChange: (v: Citation[]) => void; onLabel: (id: string, label: string) => void }) {
  const set = (i: number, patch: Partial<Citation>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div id={id} className="space-y-2">
      <ol className="space-y-2">
        {value.map((c, i) => (
          <RowShell key={i} title={`Source ${i + 1}`} onRemove={() => onChange(value.filter((_, j) => j !== i))} invalid={errorsUnder(errors, `${name}.${i}`).length > 0}>
            <div>
              <label className={label} htmlFor={`${id}-${i}-source`}>
                Source
              </label>
              <Picker id={`${id}-${i}-source`} kind="SOURCE" value={c.sourceId || null} label={labels[c.sourceId]} invalid={errorsAt(errors, `${name}.${i}.sourceId`).length > 0} onChange={(v, l) => (set(i, { sourceId: v ?? "" }), v && l && onLabel(v, l))} />
            </div>
            <div>
              <label className={label} htmlFor={`${id}-${i}-locator`}>
                Page or section (optional)
              </label>
              <input id={`${id}-${i}-locator`} value={c.locator ?? ""} maxLength={200} onChange={(e) => set(i, { locator: e.target.value || null })} className={inputClass()} />
            </div>
            <div className="sm:col-span-2">
              <label className={label} htmlFor={`${id}-${i}-excerpt`}>
                Passage it rests on (optional)
              </label>
              <Picker id={`${id}-${i}-excerpt`} kind="EXCERPT" value={c.excerptId} label={c.excerptId ? labels[c.excerptId] : undefined} placeholder="Search the passages…" onChange={(v, l) => (set(i, { excerptId: v }), v && l && onLabel(v, l))} />
            </div>
            <div className="sm:col-span-2">
              <RowErrors messages={errorsUnder(errors, `${name}.${i}`)} />
            </div>
          </RowShell>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...value, { sourceId: "", excerptId: null, locator: null }])} className="rounded-md px-3 py-1.5 text-sm font-medium text-sky-700 ring-1 ring-inset ring-sky-200 hover:bg-sky-50">
        + Add a source
      </button>
    </div>
  );
}

export function ParticipantsInput({ id, name, value, labels, errors, onChange, onLabel }: { id: string; name: string; value: Participant[]; labels: Labels; errors: Errors; onChange: (v: Participant[]) => void; onLabel: (id: string, label: string) => void }) {
  const set = (i: number, patch: Partial<Participant>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div id={id} className="space-y-2">
      <ol className="space-y-2">
        {value.map((p, i) => (
          <RowShell key={i} title={`Person ${i + 1}`} onRemove={() => onChange(value.filter((_, j) => j !== i))} invalid={errorsUnder(errors, `${name}.${i}`).length > 0}>
            <div>
              <label className={label} htmlFor={`${id}-${i}-person`}>
                Person
              </label>
              <Picker id={`${id}-${i}-person`} kind="PERSON" value={p.personId || null} label={labels[p.personId]} onChange={(v, l) => (set(i, { personId: v ?? "" }), v && l && onLabel(v, l))} />
            </div>
            <div>
              <label className={label} htmlFor={`${id}-${i}-role`}>
                Role at the time
              </label>
              <input id={`${id}-${i}-role`} value={p.role} maxLength={200} placeholder="U.S. Vice President" onChange={(e) => set(i, { role: e.target.value })} className={inputClass(errorsAt(errors, `${name}.${i}.role`).length > 0)} />
            </div>
            <div>
              <label className={label} htmlFor={`${id}-${i}-country`}>
                On behalf of (optional)
              </label>
              <Picker id={`${id}-${i}-country`} kind="COUNTRY" value={p.countryId} label={p.countryId ? labels[p.countryId] : undefined} onChange={(v, l) => (set(i, { countryId: v }), v && l && onLabel(v, l))} />
            </div>
            <div className="sm:col-span-2">
              <RowErrors messages={errorsUnder(errors, `${name}.${i}`)} />
            </div>
          </RowShell>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...value, { personId: "", role: "", countryId: null }])} className="rounded-md px-3 py-1.5 text-sm font-medium text-sky-700 ring-1 ring-inset ring-sky-200 hover:bg-sky-50">
        + Add a person
      </button>
    </div>
  );
}

const newExcerptId = () => `excerpt_${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, "0")).join("")}`;

export function ExcerptsInput({ id, name, value, errors, onChange }: { id: string; name: string; value: Excerpt[]; errors: Errors; onChange: (v: Excerpt[]) => void }) {
  return (
    <div id={id} className="space-y-2">
      <ol className="space-y-2">
        {value.map((x, i) => (
          <RowShell key={x.id} title={`Passage ${x.position}`} onRemove={() => onChange(value.filter((_, j) => j !== i))} invalid={errorsUnder(errors, `${name}.${i}`).length > 0}>
            <div className="sm:col-span-2">
              <label className={label} htmlFor={`${id}-${i}`}>
                Text, word for word
              </label>
              <textarea id={`${id}-${i}`} rows={2} maxLength={5000} value={x.text} onChange={(e) => onChange(value.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)))} className={inputClass()} />
              <RowErrors messages={errorsUnder(errors, `${name}.${i}`)} />
            </div>
          </RowShell>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...value, { id: newExcerptId(), text: "", position: Math.max(0, ...value.map((x) => x.position)) + 1 }])}
        className="rounded-md px-3 py-1.5 text-sm font-medium text-sky-700 ring-1 ring-inset ring-sky-200 hover:bg-sky-50"
      >
        + Add a passage
      </button>
    </div>
  );
}
