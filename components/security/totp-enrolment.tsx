"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { confirmEnrolmentAction } from "@/app/(auth)/login/enrol/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { RecoveryCodes } from "@/components/security/recovery-codes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ZSecondFactorCode } from "@/lib/security/second-factor-schemas";

/**
 * Scan the QR code (or type the key), give the first code, then note the recovery codes. The SVG comes
 * from the server (qrcode, lib/auth/second-factor.ts): no script draws it.
 */
export function TotpEnrolment({ qrSvg, secret, callbackUrl }: { qrSvg: string; secret: string; callbackUrl: string }) {
  const t = useTranslations();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZSecondFactorCode,
    action: confirmEnrolmentAction,
    defaultValues: { code: "" },
    // The passkey button below this form: a hint on blur would move it under the pointer (ADR 0038).
    validateOnSubmitOnly: true,
    onSuccess: (data) => setCodes(data.recoveryCodes),
  });
  const { errors } = form.formState;
  if (codes) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t("security.enrol.done")}</Alert>
        <RecoveryCodes codes={codes} />
        <a href={callbackUrl} className="self-start rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white">
          {t("security.enrol.codesNoted")}
        </a>
      </div>
    );
  }
  const grouped = secret.match(/.{1,4}/g)?.join(" ") ?? secret;
  return (
    <div className="flex flex-col gap-4">
      <ol className="list-decimal space-y-2 ps-5 text-slate-800">
        <li>{t("security.enrol.step1")}</li>
        <li>{t("security.enrol.step2")}</li>
        <li>{t("security.enrol.step3")}</li>
      </ol>
      <figure className="flex flex-col items-center gap-2">
        <div
          role="img"
          aria-label={t("security.enrol.qrLabel")}
          className="h-48 w-48 [&>svg]:h-full [&>svg]:w-full"
          // The SVG is generated on the server from the otpauth URI, never from user input.
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <figcaption className="text-sm text-slate-700">
          {t("security.enrol.manualKey")}{" "}
          <code className="font-mono text-base font-semibold text-slate-900" data-testid="totp-secret" data-secret={secret}>
            {grouped}
          </code>
        </figcaption>
      </figure>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field id="code" label={t("security.enrol.code")} error={errors.code?.message && t(errors.code.message)} required>
          {(control) => <input {...control} {...form.register("code")} inputMode="numeric" autoComplete="one-time-code" className={inputClass} />}
        </Field>
        {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
        <Button type="submit" pending={pending}>
          {t("security.enrol.submit")}
        </Button>
      </form>
    </div>
  );
}
