import { useFormatter, useTranslations } from "next-intl";

import { fieldLabel, formatValue } from "@/components/cases/format-value";
import type { THistoryChange, THistoryEntry } from "@/lib/deployments/queries";

/**
 * Changes to a case, newest first: who, when, and each field before → after. Renders on the server
 * (case page) and in the browser (conflict notice of the edit form).
 */
export function CaseHistoryList({ entries }: { entries: THistoryEntry[] }) {
  const t = useTranslations();
  const format = useFormatter();
  if (entries.length === 0) return <p className="text-slate-700">{t("cases.history.empty")}</p>;
  const actionLabel = (action: string) => {
    const key = `cases.history.actions.${action.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : t("cases.history.actions.other");
  };
  const shown = (change: THistoryChange, side: "before" | "after") =>
    change[`${side}Label`] ?? formatValue(t, format, change.field, change[side]);
  // A case's opening records every field, the blank ones too: show only what says something.
  const meaningful = (changes: THistoryChange[]) => changes.filter((change) => shown(change, "before") !== shown(change, "after"));
  return (
    <ol className="flex flex-col gap-4">
      {entries.map((entry) => ({ ...entry, changes: meaningful(entry.changes) })).map((entry) => (
        <li key={entry.id} className="border-l-2 border-indigo-200 pl-3">
          <p className="font-semibold text-slate-900">{actionLabel(entry.action)}</p>
          <p className="text-sm text-slate-700">
            {t("cases.history.byOn", {
              author: entry.authorName ?? t("cases.history.unknownAuthor"),
              date: format.dateTime(new Date(entry.at), "dateTime"),
            })}
          </p>
          {entry.changes.length > 0 ? (
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr] sm:gap-x-4">
              {entry.changes.map((change) => (
                <div key={change.field} className="contents">
                  <dt className="font-medium text-slate-800">{fieldLabel(t, change.field)}</dt>
                  <dd className="break-words text-slate-900">
                    {t("cases.history.change", { before: shown(change, "before"), after: shown(change, "after") })}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
