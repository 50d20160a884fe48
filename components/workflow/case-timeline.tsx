import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { formatCalendarDate } from "@/components/workflow/format";
import { cn } from "@/components/ui/cn";
import { letterPdfPath } from "@/lib/letters/paths";
import type { TCaseEventRow } from "@/lib/workflow/queries";

function EventHeading({ event }: { event: TCaseEventRow }) {
  const t = useTranslations();
  if (event.type === "report_linked") return <>{t("reports.timeline.linked")}</>;
  if (event.type === "status_change" && event.fromStatus && event.toStatus) {
    return <>{t("workflow.timeline.statusChange", { from: t(`enums.status.${event.fromStatus}`), to: t(`enums.status.${event.toStatus}`) })}</>;
  }
  return <>{event.title}</>;
}

/** A report_linked event's link to the report, for those who may triage it (the report's text stays there). */
function LinkedReport({ report }: { report: TCaseEventRow["linkedReport"] }) {
  const t = useTranslations();
  if (!report) return <p className="mt-1 text-sm text-slate-700">{t("reports.timeline.purged")}</p>;
  if (!report.canOpen) return null;
  return (
    <Link href={`/reports/${report.id}`} className="mt-1 inline-block text-sm font-semibold text-indigo-800 underline">
      {t("reports.timeline.open")}
    </Link>
  );
}

/** A letter_sent event written from a letter: the reply awaited and the PDF. */
function LetterOnTimeline({ letter, title }: { letter: NonNullable<TCaseEventRow["letter"]>; title: string }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-800">
      {letter.replyDueOn ? <span>{t("letters.timeline.replyDue", { date: formatCalendarDate(format, letter.replyDueOn) })}</span> : null}
      <a href={letterPdfPath(letter.caseId, letter.id)} download className="font-semibold text-indigo-800 underline">
        {t("letters.timeline.pdf")}
        <span className="sr-only"> : {title}</span>
      </a>
    </p>
  );
}

/** The case's dated events, newest first. Internal notes are marked as such on every entry. */
export function CaseTimeline({ events }: { events: TCaseEventRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  if (events.length === 0) return <p className="text-slate-700">{t("workflow.timeline.empty")}</p>;

  return (
    <ol className="flex flex-col gap-3">
      {events.map((event) => {
        const isNote = event.type === "note";
        return (
          <li
            key={event.id}
            className={cn("rounded-md border-s-4 bg-slate-50 p-3", isNote ? "border-amber-500 bg-amber-50" : "border-indigo-300")}
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{t(`enums.eventType.${event.type}`)}</span>
              <time dateTime={event.occurredOn}>{formatCalendarDate(format, event.occurredOn)}</time>
              {event.isUpcoming ? (
                <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">{t("workflow.timeline.upcoming")}</span>
              ) : null}
              <span>{t("workflow.timeline.by", { author: event.authorName ?? t("workflow.timeline.unknownAuthor") })}</span>
            </div>
            {isNote ? <p className="mt-1 text-xs font-semibold text-amber-900">{t("workflow.timeline.noteLabel")}</p> : null}
            <p className="mt-1 font-medium break-words text-slate-900">
              <EventHeading event={event} />
            </p>
            {event.body ? <p className="mt-1 whitespace-pre-line break-words text-slate-800">{event.body}</p> : null}
            {event.type === "report_linked" ? <LinkedReport report={event.linkedReport} /> : null}
            {event.letter ? <LetterOnTimeline letter={event.letter} title={event.title} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
