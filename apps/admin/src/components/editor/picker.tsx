"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";

import { KINDS, nameField } from "@atlas/core/kinds";
import type { EntryKind } from "@atlas/db/enums";
import { inputClass } from "@atlas/ui";

import { createLinkedDraftAction, pickerOptionsAction } from "@/actions/entries";
import { useDraftContext } from "./draft-context";
import { OfferExisting, type Similar } from "./offer-existing";

type Option = { id: string; label: string; hint?: string };

/**
 * A searchable choice among published entries (or a source's passages) and the editor's own
 * drafts. Type to search; arrow keys and Enter pick (the "Create …" line too); the chosen entry
 * shows by name. Follows the ARIA combobox pattern. Focus stays where the editor works: on
 * "Change" after a pick, in the box after "Change", on the offered entry when "Create …" names
 * one the atlas has.
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
  sourceId,
}: {
  id: string;
  kind: EntryKind | "EXCERPT";
  value: string | null;
  label?: string;
  onChange: (id: string | null, label?: string) => void;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
  /** For passages: the source chosen beside them (only its passages are offered). */
  sourceId?: string | null;
}) {
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(0);
  const [pending, startTransition] = useTransition();
  const seq = useRef(0);
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(closing.current), []);
  const draft = useDraftContext();
  const changeSetId = draft?.changeSetId;
  const [createError, setCreateError] = useState<string | null>(null);
  const [similar, setSimilar] = useState<Similar[]>([]);
  const box = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const offered = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the picker has taken its new shape. */
  const focusNext = useRef<"change" | "box" | "offered" | null>(null);
  const needsSource = kind === "EXCERPT" && !sourceId;
  // Inside an entry form, a missing country, person, organisation or source can be created on the spot.
  const creatable = Boolean(draft && kind !== "EXCERPT" && nameField(kind) !== null && text.trim().length > 1);
  const lines = options.length + (creatable ? 1 : 0);

  useEffect(() => {
    // After a pick a many-valued picker keeps its box (there is no "Change"): focus goes back there.
    const target = { change: change.current ?? box.current, box: box.current, offered: offered.current }[focusNext.current ?? "box"];
    if (focusNext.current && target) target.focus();
    focusNext.current = null;
  });

  useEffect(() => {
    if (!open || needsSource) return;
    const n = ++seq.current;
    const t = setTimeout(() => {
      startTransition(async () => {
        const found = (await pickerOptionsAction({ kind, q: text, changeSetId, ...(sourceId ? { sourceId } : {}) }))?.data ?? [];
        if (n === seq.current) {
          setOptions(found);
          setActive(0);
        }
      });
    }, 150);
    return () => clearTimeout(t);
  }, [text, open, kind, changeSetId, sourceId, needsSource]);

  if (value) {
    return (
      <div className={`${inputClass(invalid)} flex items-center justify-between gap-2`}>
        <span className="truncate" id={id} aria-describedby={describedBy}>
          {label ?? "(chosen)"}
        </span>
        <button
          ref={change}
          type="button"
          onClick={() => {
            focusNext.current = "box";
            onChange(null);
          }}
          className="shrink-0 rounded px-1.5 text-sm text-sky-700 hover:bg-sky-50"
          aria-label={`Change ${label ?? "the choice"}`}
        >
          Change
        </button>
      </div>
    );
  }
  const pick = (o: Option) => {
    focusNext.current = "change";
    setSimilar([]);
    onChange(o.id, o.label);
    setText("");
    setOpen(false);
  };
  const create = (anyway = false) =>
    startTransition(async () => {
      setCreateError(null);
      const result = await createLinkedDraftAction({ kind: kind as EntryKind, name: text, changeSetId, anyway });
      const offer = result?.serverError?.conflict?.similar;
      if (Array.isArray(offer) && offer.length) {
        // The atlas (or the editor's own work) has it already: offered first, focused, for a choice.
        setSimilar(offer as Similar[]);
        setOpen(false);
        focusNext.current = "offered";
        return;
      }
      if (!result?.data) return setCreateError(result?.serverError?.message ?? "It could not be created; try again.");
      draft?.adoptChangeSet(result.data.changeSetId);
      pick({ id: result.data.entryId, label: result.data.label });
    });
  const choose = (i: number) => (i < options.length ? pick(options[i]!) : creatable && create());
  return (
    <div className="relative">
      <input
        ref={box}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active < lines ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        disabled={needsSource}
        value={text}
        placeholder={needsSource ? "Choose the source first" : placeholder}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setSimilar([]);
          setOpen(true);
        }}
        onFocus={() => {
          // Back in the box before the list's closing (after leaving it) ran: it stays open.
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, lines - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && open && active < lines) {
            e.preventDefault();
            choose(active);
          } else if (e.key === "Escape") setOpen(false);
        }}
        className={inputClass(invalid)}
      />
      {open && !needsSource && (
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
                <span className="block text-xs text-ink-600" aria-hidden={kind !== "EXCERPT" || undefined}>
                  {o.hint}
                </span>
              )}
            </li>
          ))}
          {creatable && (
            <li
              id={`${listId}-${options.length}`}
              role="option"
              aria-selected={active === options.length}
              onMouseDown={(e) => {
                e.preventDefault();
                create();
              }}
              className={`cursor-pointer border-t border-ink-100 px-3 py-1.5 font-medium text-sky-800 hover:bg-sky-50 ${active === options.length ? "bg-sky-50" : ""}`}
            >
              Create “{text.trim()}”: new {KINDS[kind as EntryKind].names.one}…
              <span className="block text-xs font-normal text-ink-600">A draft in this change set; complete it from the change set&apos;s page.</span>
            </li>
          )}
        </ul>
      )}
      {similar.length > 0 && <OfferExisting similar={similar} first={offered} onUse={(s) => pick({ id: s.entryId, label: s.label })} onCreate={() => create(true)} />}
      {createError && <p className="mt-1 text-sm text-ember-700">{createError}</p>}
    </div>
  );
}
