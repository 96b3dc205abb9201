import { Alert } from "@atlas/ui";

/**
 * What the reviewer asked for when they sent this revision back, above the form where the editor
 * answers it (it stays while the draft is reworked; the next review replaces it).
 */
export function ReviewerComment({ revision }: { revision: { reviewComment: string | null; reviewedAt: Date | null; reviewer: { name: string } | null } }) {
  if (!revision.reviewComment) return null;
  return (
    <Alert tone="warning" title="The reviewer's comment" className="mb-6 max-w-3xl">
      <p className="whitespace-pre-wrap">“{revision.reviewComment}”</p>
      <p className="mt-1 text-xs">
        {revision.reviewer?.name ?? "A reviewer"}
        {revision.reviewedAt ? `, ${revision.reviewedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""}
      </p>
    </Alert>
  );
}
