import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { TToolDetail } from "@/lib/tools/queries";

/** Who uses the tool: totals across employers, and by name only the employers the reader follows. */
export async function ToolUsage({ tool }: { tool: TToolDetail }) {
  const t = await getTranslations("tools");
  return (
    <Card title={t("usageTitle")}>
      <p className="mb-4">{t("usageSummary", { employers: tool.employerCount, cases: tool.caseCount })}</p>
      <h3 className="mb-2 font-semibold text-slate-900">{t("usedByReadable")}</h3>
      {tool.usedBy.length === 0 ? (
        <p className="text-slate-700">{t("usedByNone")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {tool.usedBy.map((employer) => (
            <li key={employer.id}>
              <Link href={`/employers/${employer.id}`} className="font-semibold text-indigo-800 underline">
                {employer.legalName}
              </Link>{" "}
              — {t("caseCount", { count: employer.caseCount })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
