import { getTranslations } from "next-intl/server";

import { batchHours } from "@/lib/reports/intake-spool";

/**
 * What is and is not stored, what no one can learn and what Vigie IA cannot prevent, and how to stay
 * safe, in plain words (issue 4, point 1; issue 14: the same as docs/threat-model.md).
 */
export async function PrivacyNotice() {
  const t = await getTranslations("reportForm.privacy");
  return (
    <section aria-labelledby="privacy-title" className="rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm text-slate-900 sm:p-5">
      <h2 id="privacy-title" className="mb-2 text-base font-semibold">
        {t("title")}
      </h2>
      <ul className="flex list-disc flex-col gap-1.5 pl-5">
        <li>{t("notStored")}</li>
        <li>{t("stored")}</li>
        <li>{t("batch", { hours: batchHours() })}</li>
        <li>{t("limits")}</li>
        <li className="font-medium">{t("device")}</li>
        <li>{t("identify")}</li>
        <li>{t("readers")}</li>
        <li>{t("receipt")}</li>
      </ul>
    </section>
  );
}
