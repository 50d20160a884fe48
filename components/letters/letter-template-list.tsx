import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { LETTER_KIND_INFO } from "@/lib/letters/kinds";
import type { TLetterTemplateRow } from "@/lib/letters/queries";

/** Each letter kind with its object line and whether admins changed it. */
export function LetterTemplateList({ templates }: { templates: TLetterTemplateRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <ul className="flex flex-col gap-3">
      {templates.map((template) => (
        <li key={template.kind} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <h2 className="font-semibold text-slate-900">{t(`enums.letterKind.${template.kind}`)}</h2>
            <p className="text-sm text-slate-700">{LETTER_KIND_INFO[template.kind].articles.join(" · ")}</p>
            <p className="mt-1 text-sm break-words text-slate-800">{template.title}</p>
            <p className="mt-1 text-sm text-slate-700">
              {template.isCustom && template.updatedAt
                ? t("letters.templates.changedOn", {
                    date: format.dateTime(template.updatedAt, "long"),
                    name: template.updatedByName ?? t("letters.templates.unknownEditor"),
                  })
                : t("letters.templates.isDefault")}
            </p>
          </div>
          <Link href={`/admin/letter-templates/${template.kind}`} className="shrink-0 self-start rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold text-indigo-800 hover:bg-slate-50">
            {t("letters.templates.edit")}
            <span className="sr-only"> : {t(`enums.letterKind.${template.kind}`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
