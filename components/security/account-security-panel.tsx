"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { regenerateRecoveryCodesAction } from "@/app/(app)/account/security/actions";
import { AddPasskeyButton, PasskeyList } from "@/components/security/passkey-controls";
import { RecoveryCodes } from "@/components/security/recovery-codes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TPasskeyView } from "@/lib/auth/passkeys";
import type { TSecondFactorSummary } from "@/lib/auth/second-factor";

/** The account's second factor: TOTP and recovery codes, then the passkeys (list, add, remove). */
export function AccountSecurityPanel({ summary, required, passkeys }: { summary: TSecondFactorSummary; required: boolean; passkeys: TPasskeyView[] }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const passkeySection = (
    <section aria-labelledby="passkeys-title" className="flex flex-col gap-3 border-t border-slate-200 pt-4">
      <h2 id="passkeys-title" className="text-lg font-semibold">
        {t("security.passkey.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("security.passkey.intro")}</p>
      <PasskeyList passkeys={passkeys} />
      <AddPasskeyButton />
    </section>
  );
  if (!summary.totp && summary.passkeys === 0) {
    return (
      <div className="flex flex-col gap-4">
        <div className="flex flex-col gap-3">
          <p>{t(required ? "security.account.requiredNone" : "security.account.none")}</p>
          <a href="/login/enrol?callbackUrl=%2Faccount%2Fsecurity" className="self-start rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white">
            {t("security.account.enrol")}
          </a>
        </div>
        {passkeySection}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <p>{t(summary.totp ? "security.account.totpOn" : "security.account.passkeyOn")}</p>
      <p>{t("security.account.codesLeft", { count: summary.recoveryCodesLeft })}</p>
      {codes ? <RecoveryCodes codes={codes} /> : null}
      {error ? <Alert tone="error">{t(error)}</Alert> : null}
      <Button
        variant="secondary"
        className="self-start"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await regenerateRecoveryCodesAction({});
            if (result.ok) setCodes(result.data.recoveryCodes);
            else setError(result.formError ?? "errors.unexpected");
          })
        }
      >
        {t("security.account.regenerate")}
      </Button>
      {passkeySection}
    </div>
  );
}
