import type { ReactNode } from "react";

import { requirePermission } from "@atlas/auth";

import { AppShell } from "@/components/app-shell";
import { env } from "@/env";

// Layouts do not run for server actions: every action checks the actor again through core.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("dashboard.read");
  return (
    <AppShell actor={actor} publicSiteUrl={env.publicSiteUrl}>
      {children}
    </AppShell>
  );
}
