import { useFormatter, useTranslations } from "next-intl";

import { DeadlineOverrideForm } from "@/components/consultations/deadline-override-form";
import { DeadlineStatusBadge } from "@/components/consultations/deadline-status-badge";
import { MissingFactsList } from "@/components/consultations/missing-facts-list";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import type { TDeadlineWithStatus } from "@/lib/consultations/deadlines";
import type { TConsultationView } from "@/lib/consultations/queries";

const ROW_TONE: Record<TDeadlineWithStatus["status"], string> = {
  overdue: "border-l-red-700 bg-red-50/50",
  due_soon: "border-l-amber-600 bg-amber-50/50",
  upcoming: "border-l-slate-300",
  done: "border-l-emerald-600",
};

type TItemProps = { deadline: TDeadlineWithStatus; caseId: string; canOverride: boolean; Heading: "h3" | "h4" };

function DeadlineItem({ deadline, caseId, canOverride, Heading }: TItemProps) {
  const t = useTranslations("consultation");
  const format = useFormatter();
  const date = (value: string) => format.dateTime(fromCalendarDate(value), "long");
  const { override } = deadline;
  return (
    <li className={cn("flex flex-col gap-1 border-l-4 py-3 pr-2 pl-3", ROW_TONE[deadline.status])}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading className="font-semibold text-slate-900">{t(`deadline.label.${deadline.id}`)}</Heading>
        <DeadlineStatusBadge status={deadline.status} />
      </div>
      <p className="text-lg font-bold text-slate-900">
        <span className="sr-only">{t("deadlines.dueOn")} : </span>
        <time dateTime={deadline.dueDate}>{date(deadline.dueDate)}</time>
        {override ? <span className="ml-2 text-sm font-semibold text-indigo-800">({t("override.badge")})</span> : null}
      </p>
      {override ? (
        <p className="text-sm text-slate-800">
          {override.computedDate ? t("deadlines.computedDate", { date: date(override.computedDate) }) : t("deadlines.computedUnknown")}
          {" · "}
          {t("deadlines.reason", { reason: override.reason })}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">{t(`deadline.rule.${deadline.id}`, deadline.rule.params)}</p>
      <p className="text-xs text-slate-600">
        {t("deadlines.articles")} : {deadline.articles.join(", ")}
      </p>
      {deadline.doneOn ? <p className="text-sm text-emerald-900">{t("deadlines.doneOn", { date: date(deadline.doneOn) })}</p> : null}
      {/* NOTE: keyed here too: rows re-sort after an override and the form's state must follow its row. */}
      {canOverride ? <DeadlineOverrideForm key={deadline.id} caseId={caseId} deadlineId={deadline.id} override={override ? { date: deadline.dueDate, reason: override.reason } : undefined} /> : null}
    </li>
  );
}

/** The case's deadlines, earliest first, with what is still needed to compute the others. */
export function DeadlineList({
  view,
  canOverride = false,
  itemHeading = "h4",
}: {
  view: Pick<TConsultationView, "caseId" | "deadlines" | "missingFacts" | "warnings">;
  canOverride?: boolean;
  /** The level under the heading the list sits below. */
  itemHeading?: "h3" | "h4";
}) {
  const t = useTranslations("consultation");
  return (
    <div className="flex flex-col gap-4">
      {view.warnings.map((warning) => (
        <Alert key={warning.messageKey} tone="warning">
          {t(warning.messageKey, warning.params)}
        </Alert>
      ))}
      {view.deadlines.length === 0 ? (
        <p className="text-slate-700">{t("deadlines.none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {view.deadlines.map((deadline) => (
            <DeadlineItem key={deadline.id} deadline={deadline} caseId={view.caseId} canOverride={canOverride} Heading={itemHeading} />
          ))}
        </ul>
      )}
      <MissingFactsList missingFacts={view.missingFacts} />
    </div>
  );
}
