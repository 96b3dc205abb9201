import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { can, getDashboard, listSchedules, listWorkToDo } from "@atlas/core";
import { Alert, Card, EmptyState, SectionHeading } from "@atlas/ui";

import { retryBackgroundJobAction, retryJobAction } from "@/actions/revalidation";
import { ActionForm } from "@/components/action-form";
import { RevisionList } from "@/components/revision-list";
import { ScheduleList } from "@/components/schedule-list";
import { WorkToDoSection } from "@/components/work-to-do";
import { db } from "@/lib/session";

export default async function DashboardPage() {
  const actor = await requirePermission("dashboard.read", "/");
  const [d, work] = await Promise.all([getDashboard({ db: db(), actor }), listWorkToDo({ db: db(), actor })]);
  const schedules = can(actor, "schedule.manage") ? await listSchedules({ db: db(), actor }) : [];
  return (
    <div className="max-w-5xl space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold text-ink-900">Hello, {actor.name}</h1>
        <p className="mt-1 text-ink-600">Your drafts and submissions{d.admin ? ", and what waits for review" : ""}.</p>
      </div>

      {d.admin && (
        <section aria-labelledby="review-heading" className="grid gap-4 sm:grid-cols-3">
          <h2 id="review-heading" className="sr-only">
            Review
          </h2>
          <Card>
            <p className="text-sm text-ink-600">Change sets waiting for review</p>
            <p className="font-serif text-4xl font-semibold text-ink-900">{d.admin.queueSize}</p>
            <Link href="/review" className="text-sm text-sky-700 hover:underline">
              Open the review queue
            </Link>
          </Card>
          <Card className="sm:col-span-2">
            <p className="text-sm text-ink-600">Oldest waiting</p>
            {d.admin.oldest ? (
              <p className="mt-1">
                <Link href={`/change-sets/${d.admin.oldest.changeSetId}`} className="font-medium text-sky-700 hover:underline">
                  {d.admin.oldest.label}
                </Link>
                <span className="text-sm text-ink-600">
                  {" "}
                  by {d.admin.oldest.author?.name ?? "the seed import"}, submitted {d.admin.oldest.submittedAt?.toISOString().slice(0, 16).replace("T", " ")} UTC
                </span>
              </p>
            ) : (
              <p className="mt-1 text-ink-700">Nothing is waiting.</p>
            )}
            {d.admin.pendingRevalidations > 0 && <p className="mt-2 text-sm text-ink-600">{d.admin.pendingRevalidations} page refresh(es) on their way to the public site.</p>}
            {d.admin.pendingJobs > 0 && <p className="mt-2 text-sm text-ink-600">{d.admin.pendingJobs} background job(s) queued or running (search refreshes after a rename).</p>}
          </Card>
        </section>
      )}

      {schedules.length > 0 && (
        <section aria-labelledby="schedules-heading">
          <SectionHeading id="schedules-heading">Scheduled</SectionHeading>
          {schedules.some((s) => s.status === "NEEDS_REVIEW") && (
            <Alert tone="warning" className="mt-3">
              Some scheduled changes were held: whoever planned them is no longer an active admin. Take them over to let them run as you, or cancel them.
            </Alert>
          )}
          <ScheduleList schedules={schedules} />
        </section>
      )}

      {d.admin && d.admin.failedRevalidations.length > 0 && (
        <Alert tone="error" title="Published changes that did not reach the public site">
          <p>The public site did not confirm these page refreshes after several tries. Its pages may show older content until it does.</p>
          <ul className="mt-2 space-y-2">
            {d.admin.failedRevalidations.map((job) => (
              <li key={job.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {job.reason} — {job.lastError}
                </span>
                <ActionForm action={retryJobAction} hidden={{ jobId: job.id }}>
                  <button className="rounded bg-white px-2 py-1 text-sm font-medium text-ember-700 ring-1 ring-ember-100 hover:bg-ember-50">Retry now</button>
                </ActionForm>
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {d.admin && d.admin.failedJobs.length > 0 && (
        <Alert tone="error" title="Background jobs that failed">
          <p>These ran out of retries. Search results or labels that quote a renamed entry may be out of date until they run.</p>
          <ul className="mt-2 space-y-2">
            {d.admin.failedJobs.map((job) => (
              <li key={job.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {job.title}, {job.attempts} attempts, last {job.failedAt.toISOString().slice(0, 16).replace("T", " ")} UTC — {job.error}
                </span>
                <ActionForm action={retryBackgroundJobAction} hidden={{ name: job.name, jobId: job.id }}>
                  <button className="rounded bg-white px-2 py-1 text-sm font-medium text-ember-700 ring-1 ring-ember-100 hover:bg-ember-50">Run again</button>
                </ActionForm>
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {d.admin && d.admin.signInAlerts.length > 0 && (
        <Alert tone="warning" title="Repeated failed sign-ins">
          <p>These accounts had several wrong passwords in the last 15 minutes. Sign-ins to them are slowed down (never locked: the owner still gets in).</p>
          <ul className="mt-2 list-disc pl-5">
            {d.admin.signInAlerts.map((a) => (
              <li key={a.email}>
                {a.email}: {a.failures} failures from {a.addresses} {a.addresses === 1 ? "address" : "addresses"}, last at {a.lastFailureAt.toISOString().slice(11, 16)} UTC
                {a.slowedUntil ? `, slowed down until ${a.slowedUntil.toISOString().slice(11, 19)} UTC` : ""}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      <WorkToDoSection work={work} />

      <section aria-labelledby="drafts-heading">
        <SectionHeading id="drafts-heading" count={d.drafts.length}>
          My drafts
        </SectionHeading>
        {d.drafts.length === 0 ? (
          <EmptyState title="No drafts">
            <Link href="/entries/new" className="text-sky-700 hover:underline">
              Start a new entry
            </Link>{" "}
            or{" "}
            <Link href="/paste" className="text-sky-700 hover:underline">
              paste a sourced sentence
            </Link>
            .
          </EmptyState>
        ) : (
          <RevisionList rows={d.drafts} />
        )}
      </section>

      <section aria-labelledby="submissions-heading">
        <SectionHeading id="submissions-heading" count={d.submissions.length}>
          My submissions
        </SectionHeading>
        {d.submissions.length === 0 ? <EmptyState title="Nothing submitted yet" /> : <RevisionList rows={d.submissions} />}
      </section>
    </div>
  );
}
