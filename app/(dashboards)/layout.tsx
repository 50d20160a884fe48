import type { ReactNode } from "react";

import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";

/**
 * The signed-in dashboards: figures rendered on the server, no client component here reads messages,
 * so the pages carry none (ADR 0020). Every page below checks access itself too.
 */
export default async function DashboardsLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowPendingPasswordChange: true });
  return <AppShell user={user}>{children}</AppShell>;
}
