"use client";

import { useState } from "react";

import { parseFuzzyDate, SEASONS } from "@atlas/core/dates";
import { inputClass } from "@atlas/ui";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
type Parts = { precision: "" | "DAY" | "MONTH" | "SEASON" | "YEAR" | "DECADE"; year: string; month: string; day: string; season: string };

function toParts(value: string): Parts {
  // Nothing is pre-chosen: a day or month the editor did not give would be a false date waiting to be published.
  const empty: Parts = { precision: "", year: "", month: "", day: "", season: "" };
  if (!value) return empty;
  const p = parseFuzzyDate(value);
  if ("error" in p) return { ...empty, precision: "YEAR", year: value.slice(0, 4) };
  const d = p.date;
  const season = /-(spring|summer|autumn|winter)$/.exec(value)?.[1] ?? "";
  const month = p.precision === "DAY" || p.precision === "MONTH" ? String(d.getUTCMonth() + 1) : "";
  return { precision: p.precision, year: String(d.getUTCFullYear()), month, day: p.precision === "DAY" ? String(d.getUTCDate()) : "", season };
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
  const update = (patch: Partial<Parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
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
