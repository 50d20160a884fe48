import type { ReactNode } from "react";

import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";

// Every page below checks access itself too: a layout alone never protects a page.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowPendingPasswordChange: true });
  return <AppShell user={user}>{children}</AppShell>;
}
