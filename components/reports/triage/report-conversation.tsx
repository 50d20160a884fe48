import { useFormatter, useTranslations } from "next-intl";

import { formatCalendarDate } from "@/components/workflow/format";
import { cn } from "@/components/ui/cn";
import type { TInternalNoteRow, TReportMessageRow } from "@/lib/reports/triage/queries";

/** The messages between the reporter and the reps, oldest first, as text. */
export function ReportConversation({ messages }: { messages: TReportMessageRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  if (messages.length === 0) return <p className="text-slate-700">{t("reports.conversation.empty")}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {messages.map((message) => {
        const author =
          message.from === "reporter"
            ? t("reports.conversation.fromReporter")
            : message.authorName
              ? t("reports.conversation.fromRep", { name: message.authorName })
              : t("reports.conversation.fromRepUnknown");
        return (
          <li
            key={message.id}
            className={cn("rounded-md border-s-4 p-3", message.from === "reporter" ? "border-sky-500 bg-sky-50" : "border-indigo-300 bg-slate-50 sm:ms-8")}
          >
            <p className="text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{author}</span>
              {" · "}
              <time dateTime={message.sentOn}>{formatCalendarDate(format, message.sentOn)}</time>
            </p>
            <p className="mt-1 whitespace-pre-line break-words text-slate-900">{message.body}</p>
          </li>
        );
      })}
    </ol>
  );
}

/** Internal notes, oldest first, each with its author: reps only. */
export function InternalNoteList({ notes }: { notes: TInternalNoteRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  if (notes.length === 0) return <p className="text-slate-700">{t("reports.notes.empty")}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded-md border border-amber-300 bg-white p-3">
          <p className="text-sm text-slate-700">
            {t("reports.notes.by", { name: note.authorName ?? t("reports.notes.unknownAuthor"), date: formatCalendarDate(format, note.sentOn) })}
          </p>
          <p className="mt-1 whitespace-pre-line break-words text-slate-900">{note.body}</p>
        </li>
      ))}
    </ol>
  );
}
