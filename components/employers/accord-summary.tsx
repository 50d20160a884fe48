import { getTranslations } from "next-intl/server";

import type { TAccordDelays } from "@/lib/consultations/schemas";
import { ACCORD_CASES } from "@/lib/employers/cse-schemas";

/** The accord in force and its delay for each case, "legal delay" where it is silent. */
export async function AccordSummary({ name, delays }: { name: string | null; delays: TAccordDelays | null }) {
  const t = await getTranslations("tools.accord");
  if (name === null) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <div className="flex flex-col gap-2">
      <p className="font-medium">{name}</p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[1fr_auto]">
        {ACCORD_CASES.map((delayCase) => {
          const delay = delays?.[delayCase];
          return (
            <div key={delayCase} className="contents">
              <dt className="text-slate-700">{t(`cases.${delayCase}`)}</dt>
              <dd className="mb-2 font-medium sm:mb-0">
                {delay
                  ? t("delay", "days" in delay ? { amount: delay.days, unit: "days" } : { amount: delay.months, unit: "months" })
                  : t(`legal.${delayCase}`)}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
