import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";

/**
 * The working pages: forms everywhere, so their client components get the whole message catalogue
 * (ADR 0020). Every page below checks access itself too: a layout alone never protects a page.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const unread = await countUnreadNotifications(user.id);
  return (
    <AppShell user={user} unread={unread}>
      <NextIntlClientProvider>{children}</NextIntlClientProvider>
    </AppShell>
  );
}
