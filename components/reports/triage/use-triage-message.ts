"use client";

import { useTranslations } from "next-intl";

/** The text of a failed triage action: an illegal move names both statuses in the user's words. */
export function useTriageMessage() {
  const t = useTranslations();
  return (key: string, details?: unknown) => {
    const move = details as { from?: string; to?: string } | undefined;
    if (key === "reports.errors.illegalTransition" && move?.from && move.to) {
      return t(key, { from: t(`enums.reportStatus.${move.from}`), to: t(`enums.reportStatus.${move.to}`) });
    }
    return t(key);
  };
}
