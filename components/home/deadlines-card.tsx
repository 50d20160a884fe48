import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { DeadlineStatusBadge } from "@/components/consultations/deadline-status-badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import type { TDueItem } from "@/lib/home/queries";

function itemKey(item: TDueItem) {
  if (item.type === "letter_reply") return `letter-${item.letterId}`;
  return item.type === "task" ? `task-${item.taskId}` : `deadline-${item.caseId}-${item.kind}`;
}

function useItemLabel() {
  const t = useTranslations();
  return (item: TDueItem) => {
    if (item.type === "task") return t("consultation.home.task", { title: item.title });
    if (item.type === "letter_reply") return t("letters.home.replyDue", { kind: t(`enums.letterKind.${item.kind}`) });
    return t(`consultation.deadline.label.${item.kind}`);
  };
}

/** "Échéances": what is overdue or due within 7 days in the rep's cases, overdue first, each linking to its case. */
export function DeadlinesCard({ items }: { items: TDueItem[] }) {
  const t = useTranslations("consultation");
  const itemLabel = useItemLabel();
  const format = useFormatter();
  return (
    <Card title={t("home.title")} className="mb-4">
      <p className="mb-3 text-sm text-slate-700">{t("home.intro")}</p>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("home.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li
              key={itemKey(item)}
              className={cn(
                "flex flex-col gap-1 rounded-md border border-l-4 border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between",
                item.status === "overdue" ? "border-l-red-700" : "border-l-amber-600",
              )}
            >
              <div className="flex flex-col">
                <Link href={item.type === "letter_reply" ? `/cases/${item.caseId}#courriers` : `/cases/${item.caseId}`} className="font-semibold text-indigo-800 underline">
                  {itemLabel(item)}
                </Link>
                <span className="text-sm text-slate-700">{t("home.caseOf", { caseName: item.caseName, employerName: item.employerName })}</span>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <time dateTime={item.dueDate} className="font-semibold">
                  {format.dateTime(fromCalendarDate(item.dueDate), "long")}
                </time>
                {item.type === "deadline" && item.isOverridden ? <span className="text-slate-700">({t("home.overridden")})</span> : null}
                <DeadlineStatusBadge status={item.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
