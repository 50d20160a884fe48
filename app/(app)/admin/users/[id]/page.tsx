import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { StepUpNotice } from "@/components/security/step-up-notice";
import { UserSecurityPanel } from "@/components/security/user-security-panel";
import { UserAdminPanel } from "@/components/users/user-admin-panel";
import { PageHeader } from "@/components/ui/card";
import { stepUpNeeded } from "@/lib/auth/second-factor";
import { requirePagePermission } from "@/lib/auth/session";
import { listEmployers } from "@/lib/employers/queries";
import { orNotFound } from "@/lib/page-guards";
import { getUser } from "@/lib/users/queries";
import { userSecurityStatus } from "@/lib/users/security-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("detailTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("user:manage");
  const { id } = await params;
  const user = await orNotFound(getUser(actor, id));
  const [t, employers, security] = await Promise.all([getTranslations(), listEmployers(actor), userSecurityStatus(actor, id)]);
  return (
    <>
      <PageHeader title={user.name} description={`${user.email} · ${t(`roles.${user.role}`)} · ${user.union ? t("users.unionLine", { union: user.union.shortName }) : t("users.instanceWide")}`} />
      <StepUpNotice {...stepUpNeeded(actor)} back={`/admin/users/${user.id}`} />
      <UserAdminPanel
        user={user}
        isSelf={user.id === actor.id}
        employers={employers.map(({ id: employerId, legalName }) => ({ id: employerId, legalName }))}
      />
      {security && user.id !== actor.id ? <UserSecurityPanel userId={user.id} status={security} /> : null}
    </>
  );
}
