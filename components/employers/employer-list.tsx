import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import type { TEmployerSummary } from "@/lib/employers/queries";

export async function EmployerList({ employers }: { employers: TEmployerSummary[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (employers.length === 0) return <p className="text-slate-700">{t("employers.none")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("employers.title")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("employers.legalName")}</th>
            <th scope="col" className="px-3 py-2">{t("employers.group")}</th>
            <th scope="col" className="px-3 py-2">{t("employers.sector")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("employers.reps")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {employers.map((employer) => (
            <tr key={employer.id}>
              <td className="px-3 py-2">
                <Link href={`/employers/${employer.id}`} className="font-semibold text-indigo-800 underline">
                  {employer.legalName}
                </Link>
              </td>
              <td className="px-3 py-2">{employer.groupName ?? "—"}</td>
              <td className="px-3 py-2">{t(`sectors.${employer.sector}`)}</td>
              <td className="px-3 py-2 text-right">{format.number(employer.repCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
