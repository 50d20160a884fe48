import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { cn } from "@/components/ui/cn";
import type { TTriageReport } from "@/lib/reports/triage/queries";

function Item({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={cn("flex flex-col gap-0.5", wide && "sm:col-span-2")}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line break-words text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * What the reporter wrote, decrypted. Shown as text: React escapes it, so HTML or a script typed in
 * the form is displayed, never run.
 */
export function ReportContent({ report }: { report: TTriageReport }) {
  const t = useTranslations();
  const { content } = report;
  const notGiven = <span className="text-slate-600">{t("reports.content.notGiven")}</span>;
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">{t("reports.content.shownAsWritten")}</p>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item label={t("reports.content.employer")}>{report.employer ? report.employer.legalName : t("reports.inbox.unknownEmployerUnnamed")}</Item>
        <Item label={t("reports.content.typedEmployer")}>{content.employerName ?? notGiven}</Item>
        <Item label={t("reports.content.site")}>{content.site ?? notGiven}</Item>
        <Item label={t("reports.content.toolName")}>{content.toolName ?? notGiven}</Item>
        <Item label={t("reports.content.whatItDoes")} wide>
          {content.whatItDoes}
        </Item>
        <Item label={t("reports.content.howNoticed")} wide>
          {content.howNoticed || notGiven}
        </Item>
        <Item label={t("reports.content.staffInformed")}>{t(`enums.triState.${report.staffInformed}`)}</Item>
        <Item label={t("reports.content.concerns")}>
          {report.concerns.length > 0 ? report.concerns.map((concern) => t(`enums.concern.${concern}`)).join(" · ") : t("reports.content.none")}
        </Item>
        {content.details ? (
          <Item label={t("reports.content.details")} wide>
            {content.details}
          </Item>
        ) : null}
      </dl>
    </>
  );
}
