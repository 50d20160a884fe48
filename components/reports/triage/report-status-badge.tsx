import { useTranslations } from "next-intl";

import { cn } from "@/components/ui/cn";
import type { TReportStatus } from "@/lib/reports/status";

export const badgeClass = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium";

const TONES: Record<TReportStatus, string> = {
  new: "border-sky-300 bg-sky-50 text-sky-900",
  needs_info: "border-amber-300 bg-amber-50 text-amber-900",
  linked: "border-indigo-300 bg-indigo-50 text-indigo-900",
  duplicate: "border-slate-300 bg-slate-50 text-slate-900",
  not_ai: "border-slate-300 bg-slate-50 text-slate-900",
  closed: "border-slate-300 bg-slate-100 text-slate-900",
};

/** A report's triage status, named for screen readers too. */
export function ReportStatusBadge({ status }: { status: TReportStatus }) {
  const t = useTranslations();
  return (
    <span className={cn(badgeClass, TONES[status])}>
      <span className="sr-only">{t("reports.detail.status")} : </span>
      {t(`enums.reportStatus.${status}`)}
    </span>
  );
}
