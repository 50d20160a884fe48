import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { SectorList } from "@/components/home/sector-list";
import { Card } from "@/components/ui/card";
import type { TRole } from "@/lib/authz/permissions";
import type { TSectorCount } from "@/lib/employers/queries";

export async function AdminHome({ users, sectors }: { users: Record<TRole, number>; sectors: TSectorCount[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title={t("home.admin.accounts")}>
        <dl className="grid grid-cols-3 gap-2 text-center">
          {(["admin", "rep", "viewer"] as const).map((role) => (
            <div key={role} className="rounded-md bg-slate-50 p-3">
              <dt className="text-sm text-slate-700">{t(`roles.${role}Plural`)}</dt>
              <dd className="text-2xl font-bold">{format.number(users[role])}</dd>
            </div>
          ))}
        </dl>
        <Link href="/admin/users/new" className="mt-4 inline-block font-semibold text-indigo-800 underline">
          {t("users.create")}
        </Link>
      </Card>
      <Card title={t("home.admin.employers")}>
        <SectorList sectors={sectors} />
        <Link href="/employers/new" className="mt-4 inline-block font-semibold text-indigo-800 underline">
          {t("employers.create")}
        </Link>
      </Card>
    </div>
  );
}
