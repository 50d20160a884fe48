import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { formatCalendarDate } from "@/components/workflow/format";
import type { TCasePrefill } from "@/lib/reports/triage/schemas";

/** Above the case form opened from a report: what was prefilled, or why this report cannot open a case. */
export function CaseFromReportNotice({ prefill }: { prefill: TCasePrefill }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <Alert tone={prefill.ok ? "info" : "warning"} className="mb-4 max-w-3xl">
      {prefill.ok ? t("reports.fromReport.notice", { date: formatCalendarDate(format, prefill.submittedOn) }) : t(prefill.messageKey)}
      {prefill.ok ? (
        <>
          {" "}
          <Link href={`/reports/${prefill.reportId}`} className="font-semibold underline">
            {t("reports.fromReport.back")}
          </Link>
        </>
      ) : null}
    </Alert>
  );
}
