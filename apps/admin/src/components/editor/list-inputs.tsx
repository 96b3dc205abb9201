"use client";

import { useState } from "react";

import type { EntryKind } from "@atlas/db/enums";
import { inputClass } from "@atlas/ui";

import { CharacterCount, overLimit } from "../character-count";
import { Picker } from "./picker";
import { errorsAt, type Errors, type Labels } from "./types";

/** Several published entries of one kind, each removable. */
export function MultiPicker({
  id,
  name,
  kind,
  value,
  labels,
  onChange,
  errors,
}: {
  id: string;
  name: string;
  kind: EntryKind;
  value: string[];
  labels: Labels;
  onChange: (ids: string[], label?: [string, string]) => void;
  errors: Errors;
}) {
  return (
    <div className="space-y-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {value.map((v, i) => (
            <li
              key={v}
              className={`inline-flex items-center gap-1 rounded-full py-1 pr-1 pl-3 text-sm ring-1 ${errorsAt(errors, `${name}.${i}`).length ? "bg-ember-50 ring-ember-500" : "bg-sky-50 ring-sky-200"}`}
            >
              {labels[v] ?? "(not found)"}
              <button
                type="button"
                onClick={() => {
                  onChange(value.filter((x) => x !== v));
                  // The chip is gone: the editor goes on from the search box, not from the page's top.
                  document.getElementById(id)?.focus();
                }}
                className="rounded-full px-1.5 text-ink-600 hover:bg-white hover:text-ember-700"
                aria-label={`Remove ${labels[v] ?? "this one"}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Picker
        id={id}
        kind={kind}
        value={null}
        placeholder="Add: type to search…"
        onChange={(picked, label) => picked && !value.includes(picked) && onChange([...value, picked], label ? [picked, label] : undefined)}
      />
    </div>
  );
}

/** A list of short texts (other names, abbreviations). */
export function StringList({ id, value, onChange, invalid, maxLength }: { id: string; value: string[]; onChange: (v: string[]) => void; invalid?: boolean; maxLength?: number }) {
  const [draft, setDraft] = useState("");
  const tooLong = overLimit(draft, maxLength);
  const add = () => {
    const t = draft.trim();
    // Too long: kept in the box, with the reason, until shortened.
    if (tooLong) return;
    if (t && !value.includes(t)) onChange([...value, t]);
    setDraft("");
  };
  return (
    <div className="space-y-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {value.map((v) => (
            <li key={v} className="inline-flex items-center gap-1 rounded-full bg-ink-100 py-1 pr-1 pl-3 text-sm">
              {v}
              <button type="button" onClick={() => onChange(value.filter((x) => x !== v))} className="rounded-full px-1.5 text-ink-500 hover:bg-white" aria-label={`Remove ${v}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <input
          id={id}
          value={draft}
          aria-invalid={invalid || Boolean(tooLong) || undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          className={inputClass(invalid || Boolean(tooLong))}
          placeholder="Type, then Add"
        />
        <button type="button" onClick={add} className="rounded-md px-3 text-sm font-medium text-sky-700 ring-1 ring-inset ring-sky-200 hover:bg-sky-50">
          Add
        </button>
      </div>
      <CharacterCount value={draft} max={maxLength} />
    </div>
  );
}
