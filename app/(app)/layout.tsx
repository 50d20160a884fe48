import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { countUnreadForSession } from "@/lib/notifications/queries";

/**
 * The working pages: forms everywhere, so their client components get the whole message catalogue
 * (ADR 0020). Every page below checks access itself too: a layout alone never protects a page.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Side by side: the count waits for no session check (it is shown only if the check passes).
  const [user, unread] = await Promise.all([requireUser({ allowPendingPasswordChange: true }), countUnreadForSession()]);
  return (
    <AppShell user={user} unread={unread}>
      <NextIntlClientProvider>{children}</NextIntlClientProvider>
    </AppShell>
  );
}
