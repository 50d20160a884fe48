"use client";

import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";

/** Recovery codes, shown this once: the user writes them down or prints the page. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("security");
  return (
    <section aria-labelledby="recovery-codes-title" className="flex flex-col gap-3">
      <h2 id="recovery-codes-title" className="text-lg font-semibold">
        {t("recovery.title")}
      </h2>
      <Alert tone="warning">{t("recovery.once")}</Alert>
      <ul className="grid grid-cols-2 gap-2 font-mono text-base" aria-label={t("recovery.title")} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="rounded border border-slate-300 bg-slate-50 px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ul>
    </section>
  );
}
