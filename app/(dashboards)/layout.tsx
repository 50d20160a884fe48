import type { ReactNode } from "react";

import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { countUnreadForSession } from "@/lib/notifications/queries";

/**
 * The signed-in dashboards: figures rendered on the server, no client component here reads messages,
 * so the pages carry none (ADR 0020). Every page below checks access itself too.
 */
export default async function DashboardsLayout({ children }: { children: ReactNode }) {
  // Side by side: the count waits for no session check (it is shown only if the check passes).
  const [user, unread] = await Promise.all([requireUser({ allowPendingPasswordChange: true }), countUnreadForSession()]);
  return (
    <AppShell user={user} unread={unread}>
      {children}
    </AppShell>
  );
}
