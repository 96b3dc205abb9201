"use client";

import type { ReactNode } from "react";

import { EVENT_TYPE_LABELS, MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS } from "@atlas/core/kinds";
import type { Guess, TCorrection } from "@atlas/core/paste";
import { inputClass } from "@atlas/ui";

type Change = (change: Partial<TCorrection>) => void;
const DATE_HINT = "Like 2011-08-17, 2011-08, 2007-summer, 2011 or 1990s; empty if unknown.";

function Text({ id, label, value, onChange, hint, wide }: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label htmlFor={id} className="block text-sm text-ink-700">
        {label}
      </label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} className={inputClass()} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-500">
          {hint}
        </p>
      )}
    </div>
  );
}

function Choice({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: Record<string, string>; onChange: (v: string) => void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm text-ink-700">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass()}>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l.charAt(0).toUpperCase() + l.slice(1)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The words of one guess the editor may correct before drafting; the rest is edited in the draft. */
export function GuessFields({ guess: g, id, correction: c, onChange }: { guess: Guess; id: string; correction: TCorrection; onChange: Change }) {
  const text = (field: keyof TCorrection, read: string | null, label: string, hint?: string, wide?: boolean) => (
    <Text id={`${id}-${field}`} label={label} value={(c[field] as string | undefined) ?? read ?? ""} onChange={(v) => onChange({ [field]: v })} hint={hint} wide={wide} />
  );
  let fields: ReactNode = null;
  switch (g.kind) {
    case "COUNTRY":
      fields = g.atlasId ? null : text("name", g.name, "Name");
      break;
    case "ORGANIZATION":
      fields = g.atlasId ? null : (
        <>
          {text("name", g.name, "Name")}
          {text("acronym", g.acronym, "Acronym")}
        </>
      );
      break;
    case "PERSON":
      fields = (
        <>
          {g.atlasId ? null : text("name", g.name, "Name")}
          {text("role", g.role, "Role at the time", "As the sentence gives it, like “President of France”.")}
        </>
      );
      break;
    case "EVENT":
      fields = (
        <>
          {text("title", g.title, "Title", undefined, true)}
          <Choice
            id={`${id}-type`}
            label="Type"
            value={c.eventType ?? g.type}
            options={EVENT_TYPE_LABELS}
            onChange={(v) => onChange({ eventType: v as TCorrection["eventType"] })}
          />
          {text("start", g.start, "Date", DATE_HINT)}
          {text("end", g.end, "Ended", DATE_HINT)}
        </>
      );
      break;
    case "MEMBERSHIP":
      fields = (
        <>
          <Choice
            id={`${id}-status`}
            label="Status"
            value={c.status ?? g.status}
            options={MEMBERSHIP_STATUS_LABELS}
            onChange={(v) => onChange({ status: v as TCorrection["status"] })}
          />
          {text("since", g.since, "Member since", DATE_HINT)}
          {text("until", g.until, "Member until", DATE_HINT)}
        </>
      );
      break;
    case "MISSION":
      fields = (
        <>
          <Choice
            id={`${id}-type`}
            label="Type"
            value={c.missionType ?? g.type}
            options={MISSION_TYPE_LABELS}
            onChange={(v) => onChange({ missionType: v as TCorrection["missionType"] })}
          />
          {text("city", g.city, "City")}
          {text("opened", g.opened, "Opened", DATE_HINT)}
        </>
      );
      break;
    case "FACT":
      fields = (
        <>
          {text("subject", g.subject, "What is measured", undefined, true)}
          {text("value", g.value, "Value")}
          {text("unit", g.unit, "Unit")}
        </>
      );
      break;
  }
  return fields ? <div className="mt-3 grid gap-3 sm:grid-cols-2">{fields}</div> : null;
}
