import { getFormatter, getTranslations } from "next-intl/server";

import { leaveFollowUpAction } from "@/app/(public)/suivi/actions";
import { ReporterReplyForm } from "@/components/reports/reporter-reply-form";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TReporterView } from "@/lib/reports/follow-up";
import { FOLLOW_UP_MINUTES } from "@/lib/reports/follow-up-constants";
import { batchHours } from "@/lib/reports/intake-spool";

const STATUS_TONE: Record<TReporterView["status"], string> = {
  received: "bg-sky-100 text-sky-900",
  in_review: "bg-amber-100 text-amber-900",
  needs_info: "bg-orange-100 text-orange-900",
  in_case: "bg-emerald-100 text-emerald-900",
  closed: "bg-slate-200 text-slate-900",
};

/**
 * What the reporter sees with their receipt: a simplified status, their own report, the messages
 * between them and the union (never an internal note, never a rep's name) and a reply form. All text
 * is rendered as text by React: HTML or script typed in a report is shown, never run.
 */
export async function ReporterReport({ report }: { report: TReporterView }) {
  const [t, tEnums, format] = await Promise.all([getTranslations("reportForm"), getTranslations("enums"), getFormatter()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long", timeZone: "Europe/Paris" });
  const { content } = report;
  const facts: [string, string | null | undefined][] = [
    [t("followUp.employer"), report.employerKnown ? content.employerName : `${content.employerName ?? ""} (${t("followUp.employerPending")})`],
    [t("followUp.site"), content.site],
    [t("followUp.toolName"), content.toolName],
    [t("followUp.whatItDoes"), content.whatItDoes],
    [t("followUp.howNoticed"), content.howNoticed],
    [t("followUp.staffInformed"), t(`fields.staffInformed.${report.staffInformed}`)],
    [t("followUp.concerns"), report.concerns.map((concern) => tEnums(`concern.${concern}`)).join(" · ")],
    [t("followUp.details"), content.details],
  ];

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("followUp.reportTitle")}</h1>
        <p className="text-sm text-slate-700">{t("followUp.submittedOn", { date: day(report.submittedOn) })}</p>
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{t("followUp.statusLabel")}</span>
          <span data-testid="reporter-status" className={cn("rounded-full px-3 py-1 text-sm font-semibold", STATUS_TONE[report.status])}>
            {t(`reporterStatus.${report.status}`)}
          </span>
        </p>
        <p className="text-sm text-slate-800">{t(`reporterStatusHelp.${report.status}`)}</p>
        {report.readers.length > 1 ? (
          <ul data-testid="report-readers" className="text-sm text-slate-800">
            {report.readers.map((reader) => (
              <li key={reader.shortName}>
                {reader.shortName} ({reader.name}) : {t(`reporterStatus.${reader.status}`)}
              </li>
            ))}
          </ul>
        ) : null}
        {report.pending ? (
          <p data-testid="report-pending" className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-slate-900">
            {t("followUp.pending", { hours: batchHours() })}
          </p>
        ) : null}
      </div>

      <Card title={t("followUp.messagesTitle")}>
        {report.messages.length === 0 ? (
          <p className="text-sm text-slate-700">{t("followUp.noMessages")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {report.messages.map((message) => (
              <li
                key={message.id}
                className={cn("rounded-md border p-3", message.from === "union" ? "border-indigo-200 bg-indigo-50" : "border-slate-200 bg-slate-50")}
              >
                <p className="text-xs font-semibold text-slate-700">
                  {message.from === "union"
                    ? message.unionName
                      ? t("followUp.fromNamedUnion", { union: message.unionName })
                      : t("followUp.fromUnion")
                    : t("followUp.fromYou")} · {t("followUp.sentOn", { date: day(message.sentOn) })}
                  {message.pending ? ` · ${t("followUp.pendingMessage")}` : null}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card title={t("followUp.replyTitle")}>
        <ReporterReplyForm />
      </Card>

      <Card title={t("followUp.yourReport")}>
        <dl className="grid gap-x-4 gap-y-3 sm:grid-cols-[12rem_1fr]">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-medium text-slate-700">{label}</dt>
                <dd className="whitespace-pre-wrap break-words text-slate-900">{value}</dd>
              </div>
            ))}
        </dl>
      </Card>

      <div className="no-print flex flex-col gap-2">
        <form action={leaveFollowUpAction}>
          <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
            {t("followUp.leave")}
          </button>
        </form>
        <p className="text-xs text-slate-600">{t("followUp.sessionNote", { minutes: FOLLOW_UP_MINUTES })}</p>
      </div>
    </div>
  );
}
