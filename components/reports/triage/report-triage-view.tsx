import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { ReportContent } from "@/components/reports/triage/report-content";
import { InternalNoteList, ReportConversation } from "@/components/reports/triage/report-conversation";
import { NoteForm } from "@/components/reports/triage/note-form";
import { ReplyForm } from "@/components/reports/triage/reply-form";
import { ReportStatusBadge, badgeClass } from "@/components/reports/triage/report-status-badge";
import { AssignEmployerForm, DuplicateForm, LinkCaseForm, StatusForm } from "@/components/reports/triage/triage-forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatCalendarDate } from "@/components/workflow/format";
import type { TReportRef, TTriageOptions, TTriageReport } from "@/lib/reports/triage/queries";

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-t border-slate-200 pt-4 first:border-t-0 first:pt-0">
      <h3 className="mb-3 font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

function ReportRefLink({ report }: { report: TReportRef }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <Link href={`/reports/${report.id}`} className="font-medium text-indigo-800 underline">
      {t("reports.triage.reportRef", { date: formatCalendarDate(format, report.submittedOn), status: t(`enums.reportStatus.${report.status}`) })}
    </Link>
  );
}

/** Where the report stands (case, duplicates) and every decision the actor may take on it. */
function TriagePanel({ report, options }: { report: TTriageReport; options: TTriageOptions }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <div className="flex flex-col gap-4">
      {report.linkedCase || report.duplicateOf || report.duplicates.length > 0 ? (
        <dl className="flex flex-col gap-2">
          {report.linkedCase ? (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("reports.triage.linkedCase")}</dt>
              <dd>
                {report.linkedCase.canOpen ? (
                  <Link href={`/cases/${report.linkedCase.id}`} className="font-medium text-indigo-800 underline">
                    {report.linkedCase.localName}
                  </Link>
                ) : (
                  t("reports.triage.linkedCaseHidden")
                )}
              </dd>
            </div>
          ) : null}
          {report.duplicateOf ? (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("reports.triage.duplicateOf")}</dt>
              <dd>
                <ReportRefLink report={report.duplicateOf} />
              </dd>
            </div>
          ) : null}
          {report.duplicates.length > 0 ? (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("reports.triage.duplicates")}</dt>
              {report.duplicates.map((duplicate) => (
                <dd key={duplicate.id}>
                  <ReportRefLink report={duplicate} />
                </dd>
              ))}
            </div>
          ) : null}
        </dl>
      ) : null}
      {report.canAssignEmployer ? (
        <Part title={t("reports.triage.employer.heading")}>
          <p className="mb-3 text-sm text-slate-700">{t("reports.triage.employer.intro")}</p>
          <AssignEmployerForm reportId={report.id} employers={options.employers} />
        </Part>
      ) : null}
      {report.employer === null ? <Alert tone="info">{t("reports.triage.needsEmployer")}</Alert> : null}
      <Part title={t("reports.triage.status.heading")}>
        {report.nextStatuses.length > 0 ? (
          <StatusForm reportId={report.id} nextStatuses={report.nextStatuses} />
        ) : (
          <p className="text-slate-700">{t("reports.triage.status.none")}</p>
        )}
      </Part>
      {report.canCreateCase ? (
        <Part title={t("reports.triage.createCase.heading")}>
          <p className="mb-3 text-sm text-slate-700">{t("reports.triage.createCase.intro")}</p>
          <Link
            href={`/cases/new?fromReport=${report.id}`}
            className="inline-flex min-h-10 items-center rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
          >
            {t("reports.triage.createCase.link")}
          </Link>
        </Part>
      ) : null}
      {report.canLink ? (
        <Part title={t("reports.triage.link.heading")}>
          {options.cases.length > 0 ? <LinkCaseForm reportId={report.id} cases={options.cases} /> : <p className="text-slate-700">{t("reports.triage.link.noCase")}</p>}
        </Part>
      ) : null}
      {report.canMarkDuplicate ? (
        <Part title={t("reports.triage.duplicate.heading")}>
          {options.originals.length > 0 ? (
            <DuplicateForm
              reportId={report.id}
              originals={options.originals.map((original) => ({
                value: original.id,
                label: t("reports.triage.duplicate.option", { date: formatCalendarDate(format, original.submittedOn), text: original.whatItDoesStart }),
              }))}
            />
          ) : (
            <p className="text-slate-700">{t("reports.triage.duplicate.none")}</p>
          )}
        </Part>
      ) : null}
    </div>
  );
}

/**
 * A report's triage page: the report, its handling, the conversation with the reporter and, visibly
 * apart, the internal notes that the reporter never sees.
 */
export function ReportTriageView({ report, options }: { report: TTriageReport; options: TTriageOptions }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <>
      <p className="mb-3">
        <Link href="/reports" className="text-sm font-semibold text-indigo-800 underline">
          {t("reports.detail.back")}
        </Link>
      </p>
      <header className="mb-6">
        <h1 className="text-2xl font-bold text-slate-900">{t("reports.detail.title", { date: formatCalendarDate(format, report.submittedOn) })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <ReportStatusBadge status={report.status} />
          <span className={cn(badgeClass, "border-slate-300 bg-white text-slate-900")}>{report.employer?.legalName ?? t("reports.inbox.unknownEmployerUnnamed")}</span>
        </p>
        <p className="mt-2 text-sm text-slate-700">
          {t("reports.detail.lastActivity", { date: formatCalendarDate(format, report.lastActivityOn) })}
          {report.closedOn ? ` · ${t("reports.detail.closedOn", { date: formatCalendarDate(format, report.closedOn) })}` : null}
        </p>
      </header>
      <div className="flex flex-col gap-4">
        {report.reporterWroteLast ? <Alert tone="warning">{t("reports.detail.reporterWroteLast")}</Alert> : null}
        <Card title={t("reports.content.heading")}>
          <ReportContent report={report} />
        </Card>
        <Card title={t("reports.triage.heading")}>
          <TriagePanel report={report} options={options} />
        </Card>
        <Card title={t("reports.conversation.heading")}>
          <p className="mb-4 text-sm text-slate-700">{t("reports.conversation.intro")}</p>
          <ReportConversation messages={report.conversation} />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-3 font-semibold text-slate-900">{t("reports.conversation.reply")}</h3>
            <ReplyForm reportId={report.id} canAskForInformation={report.canAskForInformation} />
          </div>
        </Card>
        <section aria-labelledby="internal-notes-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 shadow-sm sm:p-6">
          <h2 id="internal-notes-heading" className="text-lg font-semibold text-slate-900">
            {t("reports.notes.heading")}
          </h2>
          <p className="mt-1 mb-4 inline-flex rounded-full bg-amber-200 px-3 py-1 text-sm font-semibold text-amber-950">{t("reports.notes.never")}</p>
          <p className="mb-4 text-sm text-slate-800">{t("reports.notes.intro")}</p>
          <InternalNoteList notes={report.notes} />
          <div className="mt-4 border-t border-amber-300 pt-4">
            <h3 className="mb-3 font-semibold text-slate-900">{t("reports.notes.add")}</h3>
            <NoteForm reportId={report.id} />
          </div>
        </section>
      </div>
    </>
  );
}
