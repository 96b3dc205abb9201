"use client";

import { useState } from "react";

import { SEASONS } from "@atlas/core/dates";
import { inputClass } from "@atlas/ui";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
type Parts = { precision: "" | "DAY" | "MONTH" | "SEASON" | "YEAR" | "DECADE"; year: string; month: string; day: string; season: string };

/**
 * The parts of a date as the form wrote it (see toValue), read by shape, not by meaning: a date
 * that is not one ("2015-02-40", "2015--") comes back exactly as typed, so its error shows next to
 * what the editor wrote instead of a different date.
 */
function toParts(value: string): Parts {
  // Nothing is pre-chosen: a day or month the editor did not give would be a false date waiting to be published.
  const empty: Parts = { precision: "", year: "", month: "", day: "", season: "" };
  const number = (digits: string) => (digits ? String(Number(digits)) : "");
  let m: RegExpExecArray | null;
  if (!value) return empty;
  if ((m = /^(\d*)-(\d*)-(\d*)$/.exec(value))) return { ...empty, precision: "DAY", year: m[1]!, month: number(m[2]!), day: number(m[3]!) };
  if ((m = /^(\d*)-(spring|summer|autumn|winter)$/.exec(value))) return { ...empty, precision: "SEASON", year: m[1]!, season: m[2]! };
  if ((m = /^(\d*)-(\d*)$/.exec(value))) return { ...empty, precision: "MONTH", year: m[1]!, month: number(m[2]!) };
  if ((m = /^(\d{0,3})0s$/.exec(value))) return { ...empty, precision: "DECADE", year: `${m[1]}0` };
  // A year, or text the form did not write (an import, say): shown as it is, never replaced.
  return { ...empty, precision: "YEAR", year: value };
}

function toValue(p: Parts): string {
  const mm = p.month ? p.month.padStart(2, "0") : ""; // left empty, the date reads as not a date yet and submission asks for it
  switch (p.precision) {
    case "":
      return "";
    case "DAY":
      return `${p.year}-${mm}-${p.day.padStart(2, "0")}`;
    case "MONTH":
      return `${p.year}-${mm}`;
    case "SEASON":
      return `${p.year}-${p.season}`;
    case "YEAR":
      return p.year;
    case "DECADE":
      return `${p.year.slice(0, 3)}0s`;
  }
}

/** A date with its precision: the editor says how precisely it is known, then gives that much. */
export function DateInput({
  id,
  label,
  value,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  /** The field's visible label ("Since"): every part's name begins with it (WCAG 2.5.3, label in name). */
  label: string;
  value: string;
  onChange: (v: string) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [parts, setParts] = useState<Parts>(() => toParts(value));
  // The value this input last wrote or read: another one comes from outside (a copy restored from
  // this browser) and is shown as it is.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setParts(toParts(value));
  }
  const update = (patch: Partial<Parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    setSeen(toValue(next));
    onChange(toValue(next));
  };
  const cls = inputClass(invalid);
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={label} aria-describedby={describedBy}>
      <select
        id={id}
        aria-label={`${label}: known to`}
        value={parts.precision}
        onChange={(e) => update({ precision: e.target.value as Parts["precision"] })}
        className={`${cls} w-auto`}
      >
        <option value="">Not known / none</option>
        <option value="DAY">Exact day</option>
        <option value="MONTH">Month</option>
        <option value="SEASON">Season</option>
        <option value="YEAR">Year</option>
        <option value="DECADE">Decade</option>
      </select>
      {parts.precision === "DAY" && (
        <input
          aria-label={`${label}: day`}
          inputMode="numeric"
          placeholder="Day"
          value={parts.day}
          maxLength={2}
          onChange={(e) => update({ day: e.target.value.replace(/\D/g, "") })}
          className={`${cls} w-20`}
        />
      )}
      {(parts.precision === "DAY" || parts.precision === "MONTH") && (
        <select aria-label={`${label}: month`} value={parts.month} onChange={(e) => update({ month: e.target.value })} className={`${cls} w-auto`}>
          <option value="">Month…</option>
          {MONTHS.map((m, i) => (
            <option key={m} value={String(i + 1)}>
              {m}
            </option>
          ))}
        </select>
      )}
      {parts.precision === "SEASON" && (
        <select aria-label={`${label}: season`} value={parts.season} onChange={(e) => update({ season: e.target.value })} className={`${cls} w-auto`}>
          <option value="">Season…</option>
          {SEASONS.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      )}
      {parts.precision && (
        <input
          aria-label={`${label}: ${parts.precision === "DECADE" ? "decade (a year in it)" : "year"}`}
          inputMode="numeric"
          placeholder={parts.precision === "DECADE" ? "1990" : "Year"}
          value={parts.year}
          maxLength={4}
          onChange={(e) => update({ year: e.target.value.replace(/\D/g, "") })}
          className={`${cls} w-24`}
        />
      )}
    </div>
  );
}
