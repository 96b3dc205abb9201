import Link from "next/link";
import type { ReactNode } from "react";

import { can, type Actor, type PlainPermission } from "@atlas/core";
import { Badge, SkipLink } from "@atlas/ui";

import { signOutAction } from "@/actions/auth";
import { ActionForm } from "@/components/action-form";
import { InboxLink } from "@/components/inbox-link";

type NavItem = { href: string; label: string; permission: PlainPermission };

// Each link is shown to whoever its page admits (the same permission its page guard asks).
const EDITOR_NAV: NavItem[] = [
  { href: "/", label: "Dashboard", permission: "dashboard.read" },
  { href: "/entries", label: "Entries", permission: "entry.read" },
  { href: "/entries/new", label: "New entry", permission: "revision.create" },
  { href: "/paste", label: "Paste a sentence", permission: "revision.create" },
  { href: "/reports", label: "Readers' corrections", permission: "report.read" },
];
const ADMIN_NAV: NavItem[] = [
  { href: "/review", label: "Review queue", permission: "review.read" },
  { href: "/users", label: "Users", permission: "users.manage" },
  { href: "/audit", label: "Audit log", permission: "audit.read" },
];

function NavList({ items, className }: { items: { href: string; label: string }[]; className?: string }) {
  return (
    <ul className={className ?? "flex flex-wrap gap-1 lg:block lg:space-y-0.5"}>
      {items.map((i) => (
        <li key={i.href}>
          <Link href={i.href} className="block rounded-md px-3 py-2 text-sm font-medium text-ink-700 hover:bg-ink-100 hover:text-ink-900">
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function AppShell({ actor, publicSiteUrl, unread, children }: { actor: Actor; publicSiteUrl: string; unread: number; children: ReactNode }) {
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <SkipLink />
      <aside className="border-b border-ink-200 bg-white lg:min-h-screen lg:border-r lg:border-b-0">
        <div className="flex items-center justify-between px-4 py-4 lg:block">
          <Link href="/" className="font-serif text-lg font-semibold text-ink-900">
            <span aria-hidden="true" className="mr-2 inline-block h-2.5 w-2.5 rounded-full bg-ember-500 ring-4 ring-ember-100" />
            Atlas admin
          </Link>
          <a href={publicSiteUrl} className="text-xs text-sky-700 hover:underline lg:mt-1 lg:block">
            View public site ↗
          </a>
        </div>
        <nav aria-label="Admin" className="px-2 pb-4">
          <NavList items={EDITOR_NAV.filter((i) => can(actor, i.permission))} />
          {ADMIN_NAV.some((i) => can(actor, i.permission)) && (
            <>
              <p className="mt-4 hidden px-3 text-xs font-semibold uppercase tracking-wider text-ink-500 lg:block">Admin</p>
              <NavList items={ADMIN_NAV.filter((i) => can(actor, i.permission))} />
            </>
          )}
        </nav>
      </aside>
      <div className="min-w-0">
        <header className="flex items-center justify-end gap-3 border-b border-ink-200 bg-white px-6 py-2.5 text-sm">
          <InboxLink initial={unread} />
          <span className="text-ink-700">{actor.name}</span>
          <Badge tone={actor.role === "ADMIN" ? "red" : "blue"}>{actor.role === "ADMIN" ? "Admin" : "Editor"}</Badge>
          <ActionForm action={signOutAction}>
            <button type="submit" className="rounded px-2 py-1 text-sky-700 hover:bg-sky-50">
              Sign out
            </button>
          </ActionForm>
        </header>
        <main id="main" className="px-4 py-6 sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
