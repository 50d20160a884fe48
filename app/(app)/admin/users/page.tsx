import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { UserTable } from "@/components/users/user-table";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const actor = await requirePagePermission("user:manage");
  const [t, tSecurity, users] = await Promise.all([getTranslations("users"), getTranslations("security"), listUsers(actor)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/users/new" className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">
            {t("create")}
          </Link>
        }
      />
      <UserTable users={users} />
      <p className="mt-4">
        <Link href="/admin/security" className="font-medium text-indigo-800 underline">
          {tSecurity("policy.link")}
        </Link>
      </p>
    </>
  );
}
