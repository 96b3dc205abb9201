import type { Metadata } from "next";

import { requirePermission } from "@atlas/auth";
import { listUsers } from "@atlas/core/users";
import { Badge, buttonClass, DataTable, inputClass } from "@atlas/ui";

import { changeRoleAction, createUserAction, setActiveAction, setPasswordAction } from "@/actions/users";
import { ActionForm } from "@/components/action-form";
import { PageTitle } from "@/components/page-title";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Users" };

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
            </th>
            <td className="px-4 py-3">
              <ActionForm action={changeRoleAction} hidden={{ userId: u.id }} className="flex items-center gap-2">
                {/* Keyed by the role: after "Change" the menu is made again from the saved role (a form
                    reset would otherwise bring back the one it first showed). */}
                <select key={u.role} name="role" defaultValue={u.role} aria-label={`Role of ${u.name}`} className={`${inputClass()} w-auto`}>
                  <option value="EDITOR">Editor</option>
                  <option value="ADMIN">Admin</option>
                </select>
                <button className={buttonClass("secondary", "sm")}>Change</button>
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
                  maxLength={200}
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
            <input name="name" required maxLength={120} className={inputClass()} />
          </label>
          <label className="block text-sm font-medium text-ink-800">
            Email
            <input name="email" type="email" required maxLength={254} className={inputClass()} />
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
            <input name="password" type="password" required minLength={12} maxLength={200} autoComplete="new-password" className={inputClass()} />
          </label>
          <button className={buttonClass("primary")}>Create the account</button>
        </ActionForm>
      </section>
    </div>
  );
}
