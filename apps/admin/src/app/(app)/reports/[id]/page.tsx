import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { can, getReport } from "@atlas/core";
import { Badge, Card, Field, inputClass } from "@atlas/ui";

import { closeReportAction, startChangeSetFromReportAction } from "@/actions/reports";
import { ActionForm } from "@/components/action-form";
import { PageTitle } from "@/components/page-title";
import { env } from "@/env";
import { orNotFound } from "@/lib/not-found";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "A reader's correction" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("report.read", `/reports/${id}`);
  const report = await orNotFound(getReport({ db: db(), actor, input: { reportId: id } }));
  const handle = can(actor, "report.handle");
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle eyebrow={<Link href="/reports">Readers&apos; corrections</Link>} title={report.entry ? `About “${report.entry.label}”` : "From the contact page"}>
        Sent {report.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC from{" "}
        <a href={`${env.publicSiteUrl}${report.pagePath}`} className="font-mono text-sm text-sky-700 hover:underline">
          {report.pagePath}
        </a>
        {report.name && <> by {report.name}</>}
        {report.email ? <> ({report.email})</> : <>, no address left for a reply</>}.
      </PageTitle>
      <Card>
        <blockquote className="whitespace-pre-wrap text-ink-900">{report.message}</blockquote>
      </Card>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <Badge tone={report.status === "OPEN" ? "amber" : report.status === "CLOSED" ? "neutral" : "blue"}>
          {report.status === "OPEN" ? "Open" : report.status === "CLOSED" ? "Closed" : "In a change set"}
        </Badge>
        {report.entry && (
          <Link href={`/entries/${report.entry.id}`} className="text-sky-700 hover:underline">
            The entry
          </Link>
        )}
        {report.changeSetId && (
          <Link href={`/change-sets/${report.changeSetId}`} className="text-sky-700 hover:underline">
            Its change set
          </Link>
        )}
        {report.handledBy && (
          <span className="text-ink-600">
            Handled by {report.handledBy.name}
            {report.handledAt && `, ${report.handledAt.toISOString().slice(0, 16).replace("T", " ")} UTC`}
          </span>
        )}
      </p>
      {report.reply && (
        <Card>
          <p className="text-sm font-medium text-ink-700">Reply{report.replyEmailedAt ? " (e-mailed to the reader)" : ""}</p>
          <p className="mt-1 whitespace-pre-wrap text-ink-900">{report.reply}</p>
        </Card>
      )}
      {handle && report.status === "OPEN" && report.entry?.status === "PUBLISHED" && (
        <ActionForm action={startChangeSetFromReportAction} hidden={{ reportId: report.id }}>
          <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
            Start a change set from it
          </button>
          <p className="mt-1 text-sm text-ink-600">A draft of the entry as published, with the reader&apos;s words beside the form.</p>
        </ActionForm>
      )}
      {handle && report.status !== "CLOSED" && (
        <ActionForm action={closeReportAction} hidden={{ reportId: report.id }} className="space-y-3">
          <Field id="reply" label="Close with a reply" hint={report.email ? "Sent to the reader by e-mail." : "Kept on the report; the reader left no address."}>
            {(p) => <textarea {...p} name="reply" rows={4} maxLength={5000} className={inputClass()} />}
          </Field>
          <button type="submit" className="rounded-md px-4 py-2 text-sm font-medium text-sky-800 ring-1 ring-inset ring-sky-200 hover:bg-sky-50">
            Close the report
          </button>
        </ActionForm>
      )}
    </div>
  );
}
