import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { formatCalendarDate } from "@/components/workflow/format";
import type { TLetterOption, TUnavailableReason } from "@/lib/letters/availability";
import { LETTER_KIND_INFO } from "@/lib/letters/kinds";
import { letterDraftPath } from "@/lib/letters/paths";

function useReason() {
  const t = useTranslations();
  const format = useFormatter();
  return (reason: TUnavailableReason) => {
    const params = Object.fromEntries(
      Object.entries(reason.params).map(([key, value]) => [key, key === "date" ? formatCalendarDate(format, value) : value]),
    );
    return t(reason.messageKey, params);
  };
}

/**
 * The letters a case can send: each available one links to its draft; the others say why they are not
 * offered (consultation already open, expert already appointed, no prohibited practice flagged…).
 */
export function LetterOptions({ caseId, options }: { caseId: string; options: TLetterOption[] }) {
  const t = useTranslations();
  const reasonText = useReason();
  return (
    <ul className="flex flex-col gap-2">
      {options.map(({ kind, reason }) => (
        <li key={kind} className="flex flex-col rounded-md border border-slate-200 p-3">
          {reason ? (
            <span className="font-semibold text-slate-800">{t(`enums.letterKind.${kind}`)}</span>
          ) : (
            <Link href={letterDraftPath(caseId, kind)} className="font-semibold text-indigo-800 underline">
              {t(`enums.letterKind.${kind}`)}
            </Link>
          )}
          <span className="text-sm text-slate-700">{LETTER_KIND_INFO[kind].articles.join(" · ")}</span>
          {reason ? (
            <span className="mt-1 text-sm text-slate-800">
              <span className="font-semibold">{t("letters.options.unavailable")}</span> {reasonText(reason)}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
