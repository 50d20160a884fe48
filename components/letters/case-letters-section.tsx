import { getFormatter, getTranslations } from "next-intl/server";

import { DeadlineStatusBadge } from "@/components/consultations/deadline-status-badge";
import { LetterOptions } from "@/components/letters/letter-options";
import { Card } from "@/components/ui/card";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import type { TCaseLetters } from "@/lib/letters/queries";

/**
 * "Courriers" on the case page: the letters saved on the case (sent date, reply due date and its
 * status, PDF), and for those who may write on the case, the letters it can send. `data` is
 * getCaseLetters' promise, so the case page only places the section and its reads run alongside.
 */
export async function CaseLettersSection({ data: pending, caseId }: { data: Promise<TCaseLetters>; caseId: string }) {
  const [data, t, format] = await Promise.all([pending, getTranslations(), getFormatter()]);
  const date = (value: string) => format.dateTime(fromCalendarDate(value), "long");
  return (
    <div id="courriers" className="scroll-mt-4">
      <Card title={t("letters.section.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("letters.section.intro")}</p>
        {data.letters.length === 0 ? (
          <p className="text-slate-700">{t("letters.section.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={t("letters.section.listLabel")}>
            {data.letters.map((letter) => (
              <li key={letter.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="flex min-w-0 flex-col gap-1">
                  <span className="font-semibold break-words text-slate-900">{letter.title}</span>
                  <span className="text-sm text-slate-700">
                    {t(`enums.letterKind.${letter.kind}`)}
                    {letter.sentOn ? ` · ${t("letters.section.sentOn", { date: date(letter.sentOn) })}` : null}
                    {letter.authorName ? ` · ${t("letters.section.by", { name: letter.authorName })}` : null}
                  </span>
                  {letter.replyDueOn ? (
                    <span className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
                      {t("letters.section.replyDue", { date: date(letter.replyDueOn) })}
                      {letter.replyStatus === "done" ? (
                        <span className="font-semibold text-emerald-900">{t("letters.section.replied")}</span>
                      ) : letter.replyStatus ? (
                        <DeadlineStatusBadge status={letter.replyStatus} />
                      ) : null}
                    </span>
                  ) : (
                    <span className="text-sm text-slate-700">{t("letters.section.noReplyExpected")}</span>
                  )}
                </div>
                <a href={letter.pdfPath} download className="shrink-0 self-start rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold text-indigo-800 hover:bg-slate-50">
                  {t("letters.section.downloadPdf")}
                  <span className="sr-only"> : {letter.title}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {data.canWrite ? (
          <details className="mt-4 rounded-md border border-slate-200 p-3 open:pb-4">
            <summary className="cursor-pointer font-semibold text-indigo-800">{t("letters.section.write")}</summary>
            <div className="mt-3">
              <LetterOptions caseId={caseId} options={data.options} />
            </div>
          </details>
        ) : null}
      </Card>
    </div>
  );
}
