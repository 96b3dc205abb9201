"use client";

import { useState } from "react";

import { inputClass, Markdown } from "@atlas/ui";

import { CharacterCount } from "../character-count";

/** Markdown with a preview rendered exactly as the public site renders it (sanitised), and a live count against its limit. */
export function MarkdownInput({
  id,
  value,
  onChange,
  describedBy,
  invalid,
  maxLength = 20_000,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  describedBy?: string;
  invalid?: boolean;
  maxLength?: number;
}) {
  const [preview, setPreview] = useState(false);
  return (
    <div>
      <div className="mb-1 flex gap-1 text-xs" role="group" aria-label="Write or preview">
        <button
          type="button"
          onClick={() => setPreview(false)}
          aria-pressed={!preview}
          className={`rounded px-2 py-1 ${!preview ? "bg-ink-200 font-semibold" : "hover:bg-ink-100"}`}
        >
          Write
        </button>
        <button type="button" onClick={() => setPreview(true)} aria-pressed={preview} className={`rounded px-2 py-1 ${preview ? "bg-ink-200 font-semibold" : "hover:bg-ink-100"}`}>
          Preview
        </button>
      </div>
      {preview ? (
        <div className="min-h-32 rounded-md border border-ink-200 bg-white px-3 py-2">
          {value.trim() ? <Markdown>{value}</Markdown> : <p className="text-sm text-ink-500">Nothing to preview.</p>}
        </div>
      ) : (
        <textarea
          id={id}
          value={value}
          rows={6}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass(invalid)}
        />
      )}
      <CharacterCount value={value} max={maxLength} always />
    </div>
  );
}
