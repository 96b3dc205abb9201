import type { Metadata } from "next";

import { requirePermission } from "@atlas/auth";
import { AUDIT_ACTIONS, describeCount, listAuditLog } from "@atlas/core";
import { buttonClass, CursorPagination, DataTable, inputClass } from "@atlas/ui";

import { PageTitle } from "@/components/page-title";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("audit.read", "/audit");
  const sp = await searchParams;
  const log = await listAuditLog({
    db: db(),
    actor,
    input: { action: one(sp.action), actor: one(sp.actor), target: one(sp.target), from: one(sp.from), to: one(sp.to), after: one(sp.after), before: one(sp.before) },
  });
  const f = log.filter;
  const href = (position: { after?: string; before?: string }) =>
    `/audit?${new URLSearchParams(Object.entries({ action: f.action, actor: f.actor, target: f.target, from: f.from, to: f.to, ...position }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  return (
    <div className="max-w-6xl">
      <PageTitle title="Audit log">Every sign-in (and failure), submission, review, publish and user change. It cannot be edited.</PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-ink-200 bg-white p-3">
        <label className="block text-xs font-medium text-ink-700">
          Action
          <select name="action" defaultValue={f.action ?? ""} className={inputClass()}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-ink-700">
          Who (email)
          <input name="actor" defaultValue={f.actor ?? ""} maxLength={200} className={inputClass()} />
        </label>
        <label className="block text-xs font-medium text-ink-700">
          Target (id or type)
          <input name="target" defaultValue={f.target ?? ""} maxLength={200} className={inputClass()} />
        </label>
        <label className="block text-xs font-medium text-ink-700">
          From
          <input name="from" type="date" defaultValue={f.from ?? ""} className={inputClass()} />
        </label>
        <label className="block text-xs font-medium text-ink-700">
          To
          <input name="to" type="date" defaultValue={f.to ?? ""} className={inputClass()} />
        </label>
        <button className={buttonClass("secondary")}>Filter</button>
      </form>
      <p className="mb-2 text-sm text-ink-600">{describeCount(log.total, "record", "records")}, newest first</p>
      <DataTable caption="Audit records" dense columns={["When (UTC)", "Who", "Action", "Target", "Details"]}>
        {log.rows.map((r) => (
          <tr key={r.id} className="border-b border-ink-100 align-top last:border-0">
            <td className="px-3 py-2 whitespace-nowrap tabular-nums">{r.at.toISOString().slice(0, 19).replace("T", " ")}</td>
            <td className="px-3 py-2">{r.actor?.name ?? r.actorEmail ?? "system"}</td>
            <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
            <td className="px-3 py-2 font-mono text-xs">{[r.targetType, r.targetId].filter(Boolean).join(" ")}</td>
            <td className="max-w-md px-3 py-2 font-mono text-xs break-words text-ink-600">{JSON.stringify(r.data)}</td>
          </tr>
        ))}
      </DataTable>
      <CursorPagination previous={log.previous} next={log.next} hrefFor={href} label="Audit pages" previousText="← Newer" nextText="Older →" />
    </div>
  );
}
