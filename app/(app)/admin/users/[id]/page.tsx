import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { UserAdminPanel } from "@/components/users/user-admin-panel";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listEmployers } from "@/lib/employers/queries";
import { orNotFound } from "@/lib/page-guards";
import { getUser } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("detailTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("user:manage");
  const { id } = await params;
  const user = await orNotFound(getUser(actor, id));
  const [t, employers] = await Promise.all([getTranslations(), listEmployers(actor)]);
  return (
    <>
      <PageHeader title={user.name} description={`${user.email} · ${t(`roles.${user.role}`)}`} />
      <UserAdminPanel
        user={user}
        isSelf={user.id === actor.id}
        employers={employers.map(({ id: employerId, legalName }) => ({ id: employerId, legalName }))}
      />
    </>
  );
}
