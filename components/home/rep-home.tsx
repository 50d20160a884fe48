import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { TEmployerSummary } from "@/lib/employers/queries";

export async function RepHome({ employers }: { employers: TEmployerSummary[] }) {
  const t = await getTranslations();
  return (
    <Card title={t("home.rep.myEmployers")}>
      {employers.length === 0 ? (
        <p className="text-slate-700">{t("home.rep.noEmployer")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {employers.map((employer) => (
            <li key={employer.id} className="rounded-md border border-slate-200 p-3">
              <Link href={`/employers/${employer.id}`} className="font-semibold text-indigo-800 underline">
                {employer.legalName}
              </Link>
              <p className="text-sm text-slate-700">{t(`sectors.${employer.sector}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
