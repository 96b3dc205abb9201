"use client";

import type { RefObject } from "react";

import { buttonClass } from "@atlas/ui";

export type Similar = { entryId: string; label: string; fieldLabel: string; draft: boolean };

const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label.toLowerCase() : label);

/**
 * What a picker's "Create …" found the atlas (or the editor's own work) has already: each offered
 * to use instead, the first focused, and a new one created only when asked again.
 */
export function OfferExisting({
  similar,
  first,
  onUse,
  onCreate,
}: {
  similar: Similar[];
  first: RefObject<HTMLButtonElement | null>;
  onUse: (s: Similar) => void;
  onCreate: () => void;
}) {
  return (
    <div role="group" aria-label="Already in the atlas" className="mt-1 space-y-1 rounded-md border border-amber-700/20 bg-amber-50 p-2 text-sm">
      <p className="text-ink-800">Already in the atlas, or among your drafts:</p>
      {similar.map((s, i) => (
        <button key={s.entryId} ref={i === 0 ? first : undefined} type="button" onClick={() => onUse(s)} className={`${buttonClass("secondary", "sm")} mr-2`}>
          Use “{s.label}”{s.draft ? " (your draft)" : ""}, same {inSentence(s.fieldLabel)}
        </button>
      ))}
      <button type="button" onClick={onCreate} className={buttonClass("ghost", "sm")}>
        Create a new one anyway
      </button>
    </div>
  );
}
