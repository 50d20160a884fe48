import { getFormatter, getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { TToolDetail } from "@/lib/tools/queries";

/** The tool's card (an ATRS-like system card): what it is, what it does, which data, where. */
export async function ToolCard({ tool }: { tool: TToolDetail }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const list = (values: string[]) => (values.length === 0 ? "—" : values.join(", "));
  const facts: [string, string][] = [
    [t("tools.vendor"), tool.vendor],
    [t("tools.productName"), tool.productName],
    [t("tools.underlyingModel"), tool.underlyingModel ?? "—"],
    [t("tools.functions"), list(tool.functions.map((value) => t(`enums.aiFunction.${value}`)))],
    [t("tools.dataCategories"), list(tool.dataCategories.map((value) => t(`enums.dataCategory.${value}`)))],
    [t("tools.dataProcessed"), tool.dataProcessed ?? "—"],
    [t("tools.hostingRegion"), t(`enums.hostingRegion.${tool.hostingRegion}`)],
    [t("tools.trainsOnCustomerData"), t(`enums.triState.${tool.trainsOnCustomerData}`)],
    [t("tools.trainsOnEmployeeData"), t(`enums.triState.${tool.trainsOnEmployeeData}`)],
    [t("tools.updatedAt"), format.dateTime(tool.updatedAt, "long")],
  ];
  return (
    <Card title={t("tools.card")}>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="mb-2 font-medium whitespace-pre-line break-words sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
