import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import type { TToolRow } from "@/lib/tools/queries";

export async function ToolTable({ tools, q }: { tools: TToolRow[]; q: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (tools.length === 0) return <p className="text-slate-700">{q ? t("tools.noMatch", { q }) : t("tools.none")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("tools.title")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("tools.vendor")}</th>
            <th scope="col" className="px-3 py-2">{t("tools.productName")}</th>
            <th scope="col" className="px-3 py-2">{t("tools.underlyingModel")}</th>
            <th scope="col" className="px-3 py-2">{t("tools.functions")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("tools.employers")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("tools.cases")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tools.map((tool) => (
            <tr key={tool.id}>
              <td className="px-3 py-2">{tool.vendor}</td>
              <td className="px-3 py-2">
                <Link href={`/tools/${tool.id}`} className="font-semibold text-indigo-800 underline">
                  {tool.productName}
                </Link>
              </td>
              <td className="px-3 py-2">{tool.underlyingModel ?? "—"}</td>
              <td className="px-3 py-2">{tool.functions.map((value) => t(`enums.aiFunction.${value}`)).join(", ")}</td>
              <td className="px-3 py-2 text-right">{format.number(tool.employerCount)}</td>
              <td className="px-3 py-2 text-right">{format.number(tool.caseCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
