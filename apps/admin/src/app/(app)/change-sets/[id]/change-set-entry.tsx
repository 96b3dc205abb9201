import Link from "next/link";

import { kindName, type FieldDiff, type RevisionState } from "@atlas/core";
import { Badge } from "@atlas/ui";

import { DiffTable } from "@/components/diff-table";
import { RevisionStatusBadge } from "@/components/revision-status";
import { MoveForm } from "./arrange-forms";

type Entry = {
  revisionId: string;
  kind: Parameters<typeof kindName>[0];
  action: string;
  label: string;
  state: RevisionState;
  isNew: boolean;
  conflict: boolean;
  reviewComment: string | null;
  message?: string | null;
  diff: FieldDiff[];
};

/** One entry of a change set: its state, its diff, and for its author the ways to edit or move it. */
export function ChangeSetEntry({ e, editable, moveTo }: { e: Entry; editable: boolean; moveTo: { id: string; title: string; entries: number }[] | null }) {
  return (
    <section aria-label={e.label} className="space-y-2 rounded-lg border border-ink-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-serif text-lg font-semibold text-ink-900">
          <Link href={`/revisions/${e.revisionId}`} className="hover:underline">
            {e.label}
          </Link>
        </h2>
        <Badge>{kindName(e.kind)}</Badge>
        {e.isNew && <Badge tone="blue">new entry</Badge>}
        {e.action !== "UPSERT" && <Badge tone="amber">proposes to {e.action.toLowerCase()}</Badge>}
        <RevisionStatusBadge state={e.state} />
        {e.conflict && <Badge tone="red">conflict: published meanwhile</Badge>}
        {editable && e.action === "UPSERT" && (
          <Link href={`/revisions/${e.revisionId}/edit`} className="text-sm text-sky-700 hover:underline">
            Edit {e.label}
          </Link>
        )}
        {e.action === "UPSERT" && (e.state.key === "draft" || e.state.key === "waiting" || e.state.key === "changes") && (
          <Link href={`/revisions/${e.revisionId}/preview`} className="text-sm text-sky-700 hover:underline">
            Preview {e.label}
          </Link>
        )}
      </div>
      {e.reviewComment && <p className="text-sm text-ember-700">Reviewer: “{e.reviewComment}”</p>}
      {e.message && <p className="text-sm text-ink-700">Note from the author: “{e.message}”</p>}
      <DiffTable diff={e.diff} beforeTitle={e.isNew ? "Published (none yet)" : "Published"} afterTitle="Proposed" />
      {moveTo && <MoveForm revisionId={e.revisionId} label={e.label} sets={moveTo} />}
    </section>
  );
}
