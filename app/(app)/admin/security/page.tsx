import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PolicyTable } from "@/components/security/policy-table";
import { StepUpNotice } from "@/components/security/step-up-notice";
import { Card, PageHeader } from "@/components/ui/card";
import { secondFactorPolicies } from "@/lib/auth/set-second-factor-policy";
import { stepUpNeeded } from "@/lib/auth/second-factor";
import { requirePagePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("policy.title") };
}

/** Admin: which roles must use a second factor (ADR 0031). */
export default async function AdminSecurityPage() {
  const user = await requirePagePermission("user:manage");
  const [t, rows] = await Promise.all([getTranslations("security"), secondFactorPolicies(user)]);
  return (
    <>
      <PageHeader title={t("policy.title")} description={t("policy.description")} />
      <StepUpNotice {...stepUpNeeded(user)} back="/admin/security" />
      <Card className="max-w-2xl">
        <PolicyTable rows={rows} />
      </Card>
    </>
  );
}
