import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { UnionForm } from "@/components/unions/union-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listUnions } from "@/lib/unions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unions"))("title") };
}

export default async function UnionsPage() {
  const actor = await requirePagePermission("union:manage");
  const [t, unions] = await Promise.all([getTranslations("unions"), listUnions(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("listTitle")}>
          {unions.length === 0 ? (
            <p className="text-slate-700">{t("none")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {unions.map((union) => (
                <li key={union.id}>
                  <Link href={`/admin/unions/${union.id}`} className="font-semibold text-indigo-800 underline">
                    {union.shortName} — {union.name}
                  </Link>{" "}
                  <span className="text-slate-700">{t("counts", { members: union.members, employers: union.employers })}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("createTitle")}>
          <UnionForm />
        </Card>
      </div>
    </>
  );
}
