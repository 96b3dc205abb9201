import type { Metadata } from "next";

import { requirePermission } from "@atlas/auth";
import type { ScheduleRow } from "@atlas/core";
import { listUsers } from "@atlas/core/users";
import { Badge, buttonClass, DataTable, inputClass } from "@atlas/ui";

import { changeRoleAction, createUserAction, setActiveAction, setPasswordAction } from "@/actions/users";
import { ActionForm } from "@/components/action-form";
import { PageTitle } from "@/components/page-title";
import { scheduleLine } from "@/components/schedule-list";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Users" };

/**
 * What becomes of the scheduled changes of someone losing their powers: offered with the
 * demotion or deactivation, decided (and asked for, when missing) by core in the same step.
 */
function ScheduleChoice({ user, when, id }: { user: { name: string; schedules: ScheduleRow[] }; when: string; id: string }) {
  if (!user.schedules.length) return null;
  return (
    <fieldset className="mt-2 space-y-1 text-xs text-ink-700">
      <legend className="font-medium">
        {when}, {user.name}&apos;s {user.schedules.length === 1 ? "scheduled change" : `${user.schedules.length} scheduled changes`}:
      </legend>
      <label className="flex items-center gap-1">
        <input type="radio" name="schedules" value="TAKE_OVER" id={`${id}-take-over`} /> I take {user.schedules.length === 1 ? "it" : "them"} over (run as me)
      </label>
      <label className="flex items-center gap-1">
        <input type="radio" name="schedules" value="CANCEL" id={`${id}-cancel`} /> Cancel {user.schedules.length === 1 ? "it" : "them"}
      </label>
    </fieldset>
  );
}

export default async function UsersPage() {
  const actor = await requirePermission("users.manage", "/users");
  const users = await listUsers({ db: db(), actor });
  return (
    <div className="max-w-6xl space-y-8">
      <PageTitle title="Users">Editors write drafts; admins also review, publish and manage users. Deactivating someone ends their sessions at once.</PageTitle>
      <DataTable columns={["Person", "Role", "Status", "New password"]}>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-ink-100 align-top last:border-0">
            <th scope="row" className="px-4 py-3 font-medium text-ink-900">
              {u.name}
              <span className="block font-normal text-ink-600">{u.email}</span>
              <span className="block text-xs font-normal text-ink-500">last sign-in {u.lastSignInAt ? u.lastSignInAt.toISOString().slice(0, 16).replace("T", " ") : "never"}</span>
              {u.schedules.length > 0 && (
                <div className="mt-2 text-xs font-normal text-ink-700">
                  Scheduled changes that run with their powers:
                  <ul className="list-disc pl-4">
                    {u.schedules.map((s) => (
                      <li key={s.id}>
                        {scheduleLine(s)}
                        {s.status === "NEEDS_REVIEW" ? " (held for review)" : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </th>
            <td className="px-4 py-3">
              <ActionForm action={changeRoleAction} hidden={{ userId: u.id }}>
                <div className="flex items-center gap-2">
                  {/* Keyed by the role: after "Change" the menu is made again from the saved role (a form
                      reset would otherwise bring back the one it first showed). */}
                  <select key={u.role} name="role" defaultValue={u.role} aria-label={`Role of ${u.name}`} className={`${inputClass()} w-auto`}>
                    <option value="EDITOR">Editor</option>
                    <option value="ADMIN">Admin</option>
                  </select>
                  <button className={buttonClass("secondary", "sm")}>Change</button>
                </div>
                {u.role === "ADMIN" && <ScheduleChoice user={u} when="Made an editor" id={`role-${u.id}`} />}
              </ActionForm>
            </td>
            <td className="px-4 py-3">
              <div className="flex items-center gap-2">
                <Badge tone={u.active ? "green" : "red"}>{u.active ? "active" : "deactivated"}</Badge>
                {u.id !== actor.id && (
                  <ActionForm
                    action={setActiveAction}
                    hidden={{ userId: u.id, active: String(!u.active) }}
                    confirm={u.active ? `Deactivate ${u.name}? Their sessions end now.` : undefined}
                  >
                    <button className={buttonClass(u.active ? "danger" : "secondary", "sm")}>{u.active ? "Deactivate" : "Reactivate"}</button>
                    {u.active && <ScheduleChoice user={u} when="Deactivated" id={`active-${u.id}`} />}
                  </ActionForm>
                )}
              </div>
            </td>
            <td className="px-4 py-3">
              <ActionForm action={setPasswordAction} hidden={{ userId: u.id }} className="flex items-center gap-2">
                <input
                  name="password"
                  type="password"
                  minLength={12}
                  autoComplete="new-password"
                  aria-label={`New password for ${u.name}`}
                  placeholder="12+ characters"
                  className={inputClass()}
                />
                <button className={buttonClass("secondary", "sm")}>Set</button>
              </ActionForm>
            </td>
          </tr>
        ))}
      </DataTable>

      <section aria-labelledby="add-user" className="max-w-xl rounded-lg border border-ink-200 bg-white p-5">
        <h2 id="add-user" className="font-serif text-lg font-semibold">
          Add a user
        </h2>
        <ActionForm action={createUserAction} className="mt-3 grid gap-3">
          <label className="block text-sm font-medium text-ink-800">
            Name
            <input name="name" required className={inputClass()} />
          </label>
          <label className="block text-sm font-medium text-ink-800">
            Email
            <input name="email" type="email" required className={inputClass()} />
          </label>
          <label className="block text-sm font-medium text-ink-800">
            Role
            <select name="role" defaultValue="EDITOR" className={inputClass()}>
              <option value="EDITOR">Editor</option>
              <option value="ADMIN">Admin</option>
            </select>
          </label>
          <label className="block text-sm font-medium text-ink-800">
            First password (12+ characters)
            <input name="password" type="password" required minLength={12} autoComplete="new-password" className={inputClass()} />
          </label>
          <button className={buttonClass("primary")}>Create the account</button>
        </ActionForm>
      </section>
    </div>
  );
}
