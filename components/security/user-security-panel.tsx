"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { resetSecondFactorAction, unlockSignInAction } from "@/app/(app)/admin/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TUserSecurityStatus } from "@/lib/users/security-status";

/** Admin, on a user's page: their second factor and sign-in failures; reset the factor, unlock. */
export function UserSecurityPanel({ userId, status }: { userId: string; status: TUserSecurityStatus }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; key: string } | null>(null);
  const run = (action: () => Promise<{ ok: boolean; formError?: string }>, done: string) =>
    startTransition(async () => {
      setMessage(null);
      const result = await action();
      setMessage(result.ok ? { tone: "success", key: done } : { tone: "error", key: result.formError ?? "errors.unexpected" });
      router.refresh();
    });
  return (
    <Card className="mt-4 max-w-2xl">
      <h2 className="mb-2 text-lg font-semibold">{t("security.admin.title")}</h2>
      <p>{t(status.totp ? "security.admin.totpOn" : "security.admin.totpOff")}</p>
      <p className="mb-3">
        {status.locked ? t("security.admin.locked", { count: status.failures }) : t("security.admin.failures", { count: status.failures })}
      </p>
      {message ? <Alert tone={message.tone} className="mb-3">{t(message.key)}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {status.totp ? (
          <Button variant="danger" pending={pending} onClick={() => run(() => resetSecondFactorAction({ userId }), "security.admin.resetDone")}>
            {t("security.admin.reset")}
          </Button>
        ) : null}
        {status.failures > 0 ? (
          <Button variant="secondary" pending={pending} onClick={() => run(() => unlockSignInAction({ userId }), "security.admin.unlockDone")}>
            {t("security.admin.unlock")}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
