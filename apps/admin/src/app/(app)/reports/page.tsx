import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { listReports } from "@atlas/core";
import { Badge, EmptyState } from "@atlas/ui";

import { PageTitle } from "@/components/page-title";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Readers' corrections" };

const STATES = [
  ["OPEN", "Open"],
  ["IN_CHANGE_SET", "In a change set"],
  ["CLOSED", "Closed"],
] as const;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requirePermission("report.read", "/reports");
  const wanted = (await searchParams).status;
  const status = STATES.find(([s]) => s === wanted)?.[0] ?? "OPEN";
  const { items, open } = await listReports({ db: db(), actor, input: { status } });
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle title="Readers' corrections">
        What readers suggested from the public pages, without an account. Turn one into a change set, or close it with a reply. {open} open.
      </PageTitle>
      <nav aria-label="Corrections by state" className="flex gap-2 text-sm">
        {STATES.map(([s, label]) => (
          <Link key={s} href={`/reports?status=${s}`} aria-current={s === status ? "page" : undefined} className={`rounded px-3 py-1.5 font-medium ${s === status ? "bg-sky-700 text-white" : "text-sky-700 hover:bg-sky-50"}`}>
            {label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState title="None here">Corrections readers send from the public pages arrive here and in every editor&apos;s inbox.</EmptyState>
      ) : (
        <ul className="divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white">
          {items.map((r) => (
            <li key={r.id} className="p-4">
              <p className="text-sm text-ink-600">
                <Badge tone={r.status === "OPEN" ? "amber" : r.status === "CLOSED" ? "neutral" : "blue"}>{STATES.find(([s]) => s === r.status)![1]}</Badge>{" "}
                {r.entry ? r.entry.label : "From the contact page"} · {r.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              </p>
              <p className="mt-1">
                <Link href={`/reports/${r.id}`} className="text-ink-900 hover:underline">
                  “{r.message.length > 200 ? `${r.message.slice(0, 197)}…` : r.message}”
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
