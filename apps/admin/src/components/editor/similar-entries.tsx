"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

import { KINDS } from "@atlas/core/kinds";
import type { EntryKind } from "@atlas/db/enums";
import { Alert } from "@atlas/ui";

import { findSimilarAction } from "@/actions/entries";

type Similar = { entryId: string; label: string; fieldLabel: string; draft: boolean };

/** The values of the fields people know an entry by (name, acronym, address, codes, other names). */
function identityValues(kind: EntryKind, payload: Record<string, unknown>): string[] {
  return (KINDS[kind].identity ?? []).flatMap((f) => [payload[f]].flat()).filter((v): v is string => typeof v === "string" && v.trim().length > 1);
}

/**
 * While a new entry is written: what the atlas (or the editor's own work) already has with the
 * same name, acronym, web address or code, offered before a second copy is made.
 */
export function SimilarEntries({ kind, entryId, payload }: { kind: EntryKind; entryId?: string; payload: Record<string, unknown> }) {
  const [similar, setSimilar] = useState<Similar[]>([]);
  const key = JSON.stringify(identityValues(kind, payload));
  useEffect(() => {
    const values = JSON.parse(key) as string[];
    let live = true;
    const t = setTimeout(() => {
      if (!values.length) return setSimilar([]);
      void findSimilarAction({ kind, values, ...(entryId ? { entryId } : {}) }).then((r) => live && setSimilar(r?.data ?? []));
    }, 600);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [kind, entryId, key]);
  if (!similar.length) return null;
  return (
    <Alert tone="warning" title="The atlas may have this already">
      <ul className="list-disc pl-5">
        {similar.map((s) => (
          <li key={s.entryId}>
            <Link href={`/entries/${s.entryId}`} className="underline">
              {s.label}
            </Link>{" "}
            {s.draft ? "(your draft) " : ""}has the same {/^[A-Z][a-z]/.test(s.fieldLabel) ? s.fieldLabel.toLowerCase() : s.fieldLabel}. Edit that one rather than adding a second
            copy, unless they differ.
          </li>
        ))}
      </ul>
    </Alert>
  );
}
