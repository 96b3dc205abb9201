"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";

import { KINDS, nameField } from "@atlas/core/kinds";
import type { EntryKind } from "@atlas/db/enums";
import { inputClass } from "@atlas/ui";

import { createLinkedDraftAction, pickerOptionsAction } from "@/actions/entries";
import { useDraftContext } from "./draft-context";

type Option = { id: string; label: string; hint?: string };

/**
 * A searchable choice among published entries (or excerpts). Type to search; arrow keys and
 * Enter pick; the chosen entry shows by name. Follows the ARIA combobox pattern.
 */
export function Picker({
  id,
  kind,
  value,
  label,
  onChange,
  describedBy,
  invalid,
  placeholder = "Type to search…",
}: {
  id: string;
  kind: EntryKind | "EXCERPT";
  value: string | null;
  label?: string;
  onChange: (id: string | null, label?: string) => void;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
}) {
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(0);
  const [pending, startTransition] = useTransition();
  const seq = useRef(0);
  const draft = useDraftContext();
  const changeSetId = draft?.changeSetId;
  const [createError, setCreateError] = useState<string | null>(null);
  // Inside an entry form, a missing country, person, organisation or source can be created on the spot.
  const creatable = draft && kind !== "EXCERPT" && nameField(kind) !== null && text.trim().length > 1;

  useEffect(() => {
    if (!open) return;
    const n = ++seq.current;
    const t = setTimeout(() => {
      startTransition(async () => {
        const found = (await pickerOptionsAction({ kind, q: text, changeSetId }))?.data ?? [];
        if (n === seq.current) {
          setOptions(found);
          setActive(0);
        }
      });
    }, 150);
    return () => clearTimeout(t);
  }, [text, open, kind, changeSetId]);

  if (value) {
    return (
      <div className={`${inputClass(invalid)} flex items-center justify-between gap-2`}>
        <span className="truncate" id={id} aria-describedby={describedBy}>
          {label ?? value}
        </span>
        <button type="button" onClick={() => onChange(null)} className="shrink-0 rounded px-1.5 text-sm text-sky-700 hover:bg-sky-50" aria-label={`Change ${label ?? value}`}>
          Change
        </button>
      </div>
    );
  }
  const pick = (o: Option) => {
    onChange(o.id, o.label);
    setText("");
    setOpen(false);
  };
  const create = () =>
    startTransition(async () => {
      setCreateError(null);
      const result = await createLinkedDraftAction({ kind: kind as EntryKind, name: text, changeSetId });
      if (!result?.data) return setCreateError(result?.serverError?.message ?? "It could not be created; try again.");
      draft?.adoptChangeSet(result.data.changeSetId);
      pick({ id: result.data.entryId, label: result.data.label });
    });
  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && open && options[active]) {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
        className={inputClass(invalid)}
      />
      {open && (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-ink-200 bg-white py-1 text-sm shadow-lg">
          {options.length === 0 && !creatable && <li className="px-3 py-2 text-ink-500">{pending ? "Searching…" : "Nothing found"}</li>}
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-sky-50 text-sky-900" : "text-ink-800"}`}
            >
              {o.label}
              {o.hint && (
                <span className="block text-xs text-ink-500" aria-hidden={kind !== "EXCERPT" || undefined}>
                  {o.hint}
                </span>
              )}
            </li>
          ))}
          {creatable && (
            <li
              role="option"
              aria-selected={false}
              onMouseDown={(e) => {
                e.preventDefault();
                create();
              }}
              className="cursor-pointer border-t border-ink-100 px-3 py-1.5 font-medium text-sky-800 hover:bg-sky-50"
            >
              Create “{text.trim()}”: new {KINDS[kind].names.one}…
              <span className="block text-xs font-normal text-ink-500">A draft in this change set; complete it from the change set&apos;s page.</span>
            </li>
          )}
        </ul>
      )}
      {createError && <p className="mt-1 text-sm text-ember-700">{createError}</p>}
    </div>
  );
}
