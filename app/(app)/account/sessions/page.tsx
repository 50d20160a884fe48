import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SessionsPanel } from "@/components/account/sessions-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listMySessions } from "@/lib/auth/user-sessions";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("title") };
}

/** The account's open sessions (issue 16, point 2): end one, the others, or all. */
export default async function SessionsPage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const [t, sessions] = await Promise.all([getTranslations("sessions"), listMySessions(user)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-2xl">
        <SessionsPanel sessions={sessions} />
        <p className="mt-4 text-sm text-slate-700">{t("lifetime", { hours: env().SESSION_ABSOLUTE_HOURS })}</p>
      </Card>
    </>
  );
}
