import type { Metadata } from "next";

import { requirePermission } from "@atlas/auth";
import { listInbox } from "@atlas/core";
import { Badge, EmptyState } from "@atlas/ui";

import { markReadAction } from "@/actions/inbox";
import { ActionForm } from "@/components/action-form";
import { PageTitle } from "@/components/page-title";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Inbox" };

const KIND: Record<string, [string, "green" | "amber" | "red" | "blue" | "neutral"]> = {
  APPROVED: ["Published", "green"],
  SCHEDULED: ["Scheduled", "blue"],
  CHANGES_REQUESTED: ["Changes requested", "amber"],
  REJECTED: ["Rejected", "red"],
  WATCHED_CHANGED: ["Watched entry changed", "neutral"],
  SCHEDULE_HELD: ["Schedule held", "amber"],
  READER_REPORT: ["Reader's correction", "amber"],
};

export default async function InboxPage() {
  const actor = await requirePermission("inbox.read", "/inbox");
  const { items, unread } = await listInbox({ db: db(), actor });
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle
        title="Inbox"
        actions={
          unread > 0 ? (
            <ActionForm action={markReadAction}>
              <button className="rounded px-3 py-2 text-sm font-medium text-sky-700 hover:bg-sky-50">Mark all as read</button>
            </ActionForm>
          ) : null
        }
      >
        Reviews of your work, changes to what you watch, and corrections readers suggest. {unread ? `${unread} unread.` : "All read."}
      </PageTitle>
      {items.length === 0 ? (
        <EmptyState title="Nothing yet">When an admin reviews your work, or something you watch changes, it shows here.</EmptyState>
      ) : (
        <ul className="divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white">
          {items.map((n) => {
            const [label, tone] = KIND[n.kind] ?? [n.kind, "neutral"];
            // Opening it marks it read (see inbox/[id]/route.ts); a plain link, never prefetched.
            const href = n.reportId || n.changeSetId || n.revisionId || n.entryId ? `/inbox/${n.id}` : null;
            return (
              <li key={n.id} className={`flex flex-wrap items-start gap-3 p-4 ${n.readAt ? "" : "bg-sky-50/60"}`}>
                <Badge tone={tone}>{label}</Badge>
                <div className="min-w-0 flex-1">
                  <p className={n.readAt ? "text-ink-700" : "font-medium text-ink-900"}>
                    {href ? (
                      <a href={href} className="hover:underline">
                        {n.message}
                      </a>
                    ) : (
                      n.message
                    )}
                  </p>
                  {n.comment && <p className="mt-1 text-sm whitespace-pre-wrap text-ink-700">“{n.comment.length > 600 ? `${n.comment.slice(0, 597)}…` : n.comment}”</p>}
                  <p className="mt-1 text-xs text-ink-500">{n.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
                </div>
                {!n.readAt && (
                  <ActionForm action={markReadAction} hidden={{ notificationId: n.id }}>
                    <button className="rounded px-2 py-1 text-sm text-sky-700 hover:bg-sky-50">Mark read</button>
                  </ActionForm>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
