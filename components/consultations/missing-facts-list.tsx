import { useFormatter, useTranslations } from "next-intl";

import type { TMissingFacts } from "@/lib/consultations/deadlines";

/** "Renseignez … pour calculer l'échéance …": one line per deadline the recorded facts cannot give yet. */
export function MissingFactsList({ missingFacts }: { missingFacts: readonly TMissingFacts[] }) {
  const t = useTranslations("consultation");
  const format = useFormatter();
  if (missingFacts.length === 0) return null;
  return (
    <div className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
      <h3 className="font-semibold">{t("deadlines.missingTitle")}</h3>
      <ul className="mt-1 list-disc pl-5">
        {missingFacts.map((missing) => (
          <li key={missing.deadlineId}>
            {t("missing.sentence", {
              facts: format.list(
                missing.needsOneOf.map((fact) => t(`missing.fact.${fact}`)),
                { type: "disjunction" },
              ),
              deadline: t(`deadline.label.${missing.deadlineId}`),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
