import type { ReactNode } from "react";

import { requirePermission } from "@atlas/auth";
import { countUnread } from "@atlas/core";

import { AppShell } from "@/components/app-shell";
import { env } from "@/env";
import { db } from "@/lib/session";

// Layouts do not run for server actions: every action checks the actor again through core.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("dashboard.read");
  const unread = await countUnread({ db: db(), actor });
  return (
    <AppShell actor={actor} publicSiteUrl={env.publicSiteUrl} unread={unread}>
      {children}
    </AppShell>
  );
}
