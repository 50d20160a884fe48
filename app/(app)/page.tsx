import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminHome } from "@/components/home/admin-home";
import { DeadlinesCard } from "@/components/home/deadlines-card";
import { RepHome } from "@/components/home/rep-home";
import { TodayCard } from "@/components/home/today-card";
import { ViewerHome } from "@/components/home/viewer-home";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { requireUser, type TCurrentUser } from "@/lib/auth/session";
import { countEmployersBySector, listEmployers } from "@/lib/employers/queries";
import { listDueItems } from "@/lib/home/queries";
import { getTodaySummary } from "@/lib/home/today";
import { countActiveUsersByRole } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

async function RoleHome({ user }: { user: TCurrentUser }) {
  if (user.role === "admin") {
    const [today, dueItems, users, sectors] = await Promise.all([getTodaySummary(user), listDueItems(user), countActiveUsersByRole(user), countEmployersBySector(user)]);
    return (
      <>
        <TodayCard summary={today} />
        <DeadlinesCard items={dueItems} />
        <AdminHome users={users} sectors={sectors} />
      </>
    );
  }
  if (user.role === "rep") {
    const [today, dueItems, employers] = await Promise.all([getTodaySummary(user), listDueItems(user), listEmployers(user)]);
    return (
      <>
        <TodayCard summary={today} />
        <DeadlinesCard items={dueItems} />
        <RepHome employers={employers} />
      </>
    );
  }
  // Viewers have no access to cases, so no deadlines either.
  const [today, sectors] = await Promise.all([getTodaySummary(user), countEmployersBySector(user)]);
  return (
    <>
      <TodayCard summary={today} />
      <ViewerHome sectors={sectors} />
    </>
  );
}

export default async function HomePage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const user = await requireUser();
  const { notice } = await searchParams;
  const t = await getTranslations("home");
  return (
    <>
      <PageHeader title={t("greeting", { name: user.name })} description={t(`intro.${user.role}`)} />
      {notice === "password-changed" ? (
        <Alert tone="success" className="mb-4">
          {t("passwordChanged")}
        </Alert>
      ) : null}
      <RoleHome user={user} />
    </>
  );
}
