import Link from "next/link";

import { kindName, type RevisionState } from "@atlas/core";
import type { EntryKind } from "@atlas/db/enums";
import { Badge } from "@atlas/ui";

import { RevisionStatusBadge } from "./revision-status";

type Row = { id: string; label: string; kind: EntryKind; status: string; state: RevisionState; reviewComment: string | null; reviewer?: { name: string } | null };

/** A person's revisions, each with where it stands now and the reviewer's comment where there is one. */
export function RevisionList({ rows }: { rows: Row[] }) {
  return (
    <ul className="divide-y divide-ink-200 rounded-lg border border-ink-200 bg-white">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
          <Link href={`/revisions/${r.id}`} className="font-medium text-sky-700 hover:underline">
            {r.label}
          </Link>
          <Badge>{kindName(r.kind)}</Badge>
          <RevisionStatusBadge state={r.state} />
          {r.reviewer && r.status !== "DRAFT" && <span className="text-sm text-ink-600">reviewed by {r.reviewer.name}</span>}
          {r.reviewComment && r.status !== "PUBLISHED" && <p className="w-full text-sm text-ink-700">Reviewer: “{r.reviewComment}”</p>}
        </li>
      ))}
    </ul>
  );
}
