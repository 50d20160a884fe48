import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { EmployerList } from "@/components/employers/employer-list";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requireUser } from "@/lib/auth/session";
import { listEmployers } from "@/lib/employers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers"))("title") };
}

export default async function EmployersPage() {
  const actor = await requireUser();
  if (!can(actor.role, "employer:read:any") && !can(actor.role, "employer:read:assigned")) notFound();
  const [t, employers] = await Promise.all([getTranslations("employers"), listEmployers(actor)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(actor.role === "admin" ? "descriptionAll" : "descriptionMine")}
        actions={
          can(actor.role, "employer:manage") ? (
            <Link href="/employers/new" className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">
              {t("create")}
            </Link>
          ) : null
        }
      />
      <EmployerList employers={employers} />
    </>
  );
}
