"use client";

import { useTranslations } from "next-intl";

import { CaseHistoryList } from "@/components/cases/case-history-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TCaseConflict } from "@/lib/deployments/update-case";

/** A conflict's details, as the server sent them (AppError.details); anything else is not one. */
export function asConflict(details: unknown): TCaseConflict | null {
  if (!details || typeof details !== "object") return null;
  const candidate = details as Partial<TCaseConflict>;
  return typeof candidate.currentVersion === "number" && Array.isArray(candidate.changes) ? (candidate as TCaseConflict) : null;
}

/** Shows what someone else saved meanwhile, and the two ways out: re-apply on top, or reload. */
export function ConflictNotice({ conflict, onReapply, onReload }: { conflict: TCaseConflict; onReapply: () => void; onReload: () => void }) {
  const t = useTranslations();
  return (
    <Alert tone="warning" className="flex flex-col gap-3">
      <p className="font-semibold">{t("cases.conflict.message")}</p>
      <p>{t("cases.conflict.intro")}</p>
      <div className="rounded-md bg-white p-3 text-slate-900">
        <CaseHistoryList entries={conflict.changes} />
      </div>
      <p>{t("cases.conflict.reapplyHint")}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onReapply}>
          {t("cases.conflict.reapply")}
        </Button>
        <Button type="button" variant="secondary" onClick={onReload}>
          {t("cases.conflict.reload")}
        </Button>
      </div>
    </Alert>
  );
}
