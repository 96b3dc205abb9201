"use client";

import { useEffect, useRef, type ReactNode } from "react";

import { inputClass } from "@atlas/ui";

import { CharacterCount } from "../character-count";
import { Picker } from "./picker";
import { errorsAt, errorsUnder, type Errors, type Labels } from "./types";

export type Citation = { sourceId: string; excerptId: string | null; locator: string | null };
export type Participant = { personId: string; role: string; countryId: string | null };
export type Excerpt = { id: string; text: string; position: number };

const label = "block text-xs font-medium text-ink-700";
const addButton = "rounded-md px-3 py-1.5 text-sm font-medium text-sky-700 ring-1 ring-inset ring-sky-200 hover:bg-sky-50";

/**
 * A list of rows (sources, people, passages): each row a small group of fields with its errors
 * and a remove button, and a button to add a row.
 */
function Rows<T>({
  id,
  name,
  value,
  errors,
  onChange,
  title,
  add,
  addLabel,
  rowKey,
  children,
}: {
  id: string;
  name: string;
  value: T[];
  errors: Errors;
  onChange: (v: T[]) => void;
  title: (row: T, i: number) => string;
  add: () => T;
  addLabel: string;
  rowKey: (row: T, i: number) => string | number;
  children: (row: T, i: number, set: (patch: Partial<T>) => void) => ReactNode;
}) {
  const set = (i: number) => (patch: Partial<T>) => onChange(value.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  // Focus follows the editor: into a row just added, and to the add button after a row is removed
  // (never to the page's body, far from where they were).
  const list = useRef<HTMLOListElement>(null);
  const adder = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"added" | "adder" | null>(null);
  useEffect(() => {
    if (focusNext.current === "added") {
      // The row's first field, not its "Remove" button, which comes first in the row's heading.
      const row = list.current?.querySelector("li:last-child");
      (row?.querySelector<HTMLElement>(":is(input, textarea, select):not([disabled], [type=hidden])") ?? row?.querySelector<HTMLElement>("button"))?.focus();
    }
    if (focusNext.current === "adder") adder.current?.focus();
    focusNext.current = null;
  });
  return (
    <div id={id} className="space-y-2">
      <ol ref={list} className="space-y-2">
        {value.map((row, i) => {
          const messages = [...new Set(errorsUnder(errors, `${name}.${i}`))];
          return (
            <li key={rowKey(row, i)} className={`rounded-md border bg-ink-50 p-3 ${messages.length ? "border-ember-500" : "border-ink-200"}`}>
              <div className="mb-2 flex items-center justify-between">
                <span className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{title(row, i)}</span>
                <button
                  type="button"
                  onClick={() => {
                    focusNext.current = "adder";
                    onChange(value.filter((_, j) => j !== i));
                  }}
                  aria-label={`Remove ${title(row, i)}`}
                  className="rounded px-2 py-0.5 text-xs text-ember-700 hover:bg-ember-50"
                >
                  Remove
                </button>
              </div>
              <div className="grid gap-2 sm:grid-cols-2">
                {children(row, i, set(i))}
                {messages.length > 0 && <p className="text-xs font-medium text-ember-700 sm:col-span-2">{messages.join(" ")}</p>}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        ref={adder}
        type="button"
        onClick={() => {
          focusNext.current = "added";
          onChange([...value, add()]);
        }}
        className={addButton}
      >
        {addLabel}
      </button>
    </div>
  );
}

/** A labelled picker in a row; reports the chosen entry's name so the form can show it. */
function RowPicker({
  id,
  title,
  kind,
  value,
  labels,
  onPick,
  onLabel,
  invalid,
  placeholder,
  wide,
  sourceId,
}: {
  id: string;
  title: string;
  sourceId?: string | null;
  kind: Parameters<typeof Picker>[0]["kind"];
  value: string | null;
  labels: Labels;
  onPick: (id: string | null) => void;
  onLabel: (id: string, label: string) => void;
  invalid?: boolean;
  placeholder?: string;
  wide?: boolean;
}) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label className={label} htmlFor={id}>
        {title}
      </label>
      <Picker
        id={id}
        kind={kind}
        value={value || null}
        label={value ? labels[value] : undefined}
        invalid={invalid}
        placeholder={placeholder}
        sourceId={sourceId}
        onChange={(v, l) => {
          onPick(v);
          if (v && l) onLabel(v, l);
        }}
      />
    </div>
  );
}

type ListProps<T> = {
  id: string;
  name: string;
  value: T[];
  labels: Labels;
  errors: Errors;
  /** Longest text per field, from the payload schema (fieldLimits). */
  limits: Record<string, number>;
  onChange: (v: T[]) => void;
  onLabel: (id: string, label: string) => void;
};

export function CitationsInput({ id, name, value, labels, errors, limits, onChange, onLabel }: ListProps<Citation>) {
  return (
    <Rows
      id={id}
      name={name}
      value={value}
      errors={errors}
      onChange={onChange}
      title={(_c, i) => `Source ${i + 1}`}
      add={() => ({ sourceId: "", excerptId: null, locator: null })}
      addLabel="+ Add a source"
      rowKey={(_c, i) => i}
    >
      {(c, i, set) => (
        <>
          <RowPicker
            id={`${id}-${i}-source`}
            title="Source"
            kind="SOURCE"
            value={c.sourceId}
            labels={labels}
            invalid={errorsAt(errors, `${name}.${i}.sourceId`).length > 0}
            // Another source: the passage chosen from the one before no longer fits.
            onPick={(v) => set({ sourceId: v ?? "", excerptId: null })}
            onLabel={onLabel}
          />
          <div>
            <label className={label} htmlFor={`${id}-${i}-locator`}>
              Page or section (optional)
            </label>
            <input
              id={`${id}-${i}-locator`}
              aria-invalid={errorsAt(errors, `${name}.${i}.locator`).length > 0 || undefined}
              value={c.locator ?? ""}
              onChange={(e) => set({ locator: e.target.value || null })}
              className={inputClass(errorsAt(errors, `${name}.${i}.locator`).length > 0)}
            />
            <CharacterCount value={c.locator ?? ""} max={limits["citations.locator"]} />
          </div>
          <RowPicker
            id={`${id}-${i}-excerpt`}
            title="Passage it rests on (optional)"
            kind="EXCERPT"
            sourceId={c.sourceId || null}
            value={c.excerptId}
            labels={labels}
            placeholder="Search this source's passages…"
            onPick={(v) => set({ excerptId: v })}
            onLabel={onLabel}
            wide
          />
        </>
      )}
    </Rows>
  );
}

export function ParticipantsInput({ id, name, value, labels, errors, limits, onChange, onLabel }: ListProps<Participant>) {
  return (
    <Rows
      id={id}
      name={name}
      value={value}
      errors={errors}
      onChange={onChange}
      title={(_p, i) => `Person ${i + 1}`}
      add={() => ({ personId: "", role: "", countryId: null })}
      addLabel="+ Add a person"
      rowKey={(_p, i) => i}
    >
      {(p, i, set) => (
        <>
          <RowPicker
            id={`${id}-${i}-person`}
            title="Person"
            kind="PERSON"
            value={p.personId}
            labels={labels}
            invalid={errorsAt(errors, `${name}.${i}.personId`).length > 0}
            onPick={(v) => set({ personId: v ?? "" })}
            onLabel={onLabel}
          />
          <div>
            <label className={label} htmlFor={`${id}-${i}-role`}>
              Role at the time
            </label>
            <input
              id={`${id}-${i}-role`}
              value={p.role}
              placeholder="Role at the time"
              onChange={(e) => set({ role: e.target.value })}
              className={inputClass(errorsAt(errors, `${name}.${i}.role`).length > 0)}
            />
            <CharacterCount value={p.role} max={limits["participants.role"]} />
          </div>
          <RowPicker
            id={`${id}-${i}-country`}
            title="On behalf of (optional)"
            kind="COUNTRY"
            value={p.countryId}
            labels={labels}
            onPick={(v) => set({ countryId: v })}
            onLabel={onLabel}
          />
        </>
      )}
    </Rows>
  );
}

const newExcerptId = () => `excerpt_${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, "0")).join("")}`;

export function ExcerptsInput({ id, name, value, errors, limits, onChange }: Omit<ListProps<Excerpt>, "labels" | "onLabel">) {
  return (
    <Rows
      id={id}
      name={name}
      value={value}
      errors={errors}
      onChange={onChange}
      // Numbered from 1 as they stand, as the public page numbers them.
      title={(_x, i) => `Passage ${i + 1}`}
      add={() => ({ id: newExcerptId(), text: "", position: Math.max(0, ...value.map((x) => x.position)) + 1 })}
      addLabel="+ Add a passage"
      rowKey={(x) => x.id}
    >
      {(x, i, set) => (
        <div className="sm:col-span-2">
          <label className={label} htmlFor={`${id}-${i}`}>
            Text, word for word
          </label>
          <textarea
            id={`${id}-${i}`}
            rows={2}
            value={x.text}
            onChange={(e) => set({ text: e.target.value })}
            aria-invalid={errorsAt(errors, `${name}.${i}.text`).length > 0 || undefined}
            className={inputClass(errorsAt(errors, `${name}.${i}.text`).length > 0)}
          />
          <CharacterCount value={x.text} max={limits["excerpts.text"]} />
        </div>
      )}
    </Rows>
  );
}
