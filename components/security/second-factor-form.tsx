"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { verifySecondFactorAction } from "@/app/(auth)/login/second-factor/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ZSecondFactorCode } from "@/lib/security/second-factor-schemas";

/**
 * The code of the authenticator app, or a recovery code; then on to where the user was going. Beside a
 * passkey button (`besidePasskey`), hints wait for the submit: see useActionForm's validateOnSubmitOnly.
 */
export function SecondFactorForm({ callbackUrl, besidePasskey = false }: { callbackUrl: string; besidePasskey?: boolean }) {
  const t = useTranslations();
  const [left, setLeft] = useState<number | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZSecondFactorCode,
    action: verifySecondFactorAction,
    defaultValues: { code: "" },
    validateOnSubmitOnly: besidePasskey,
    onSuccess: (data) => {
      if (data.kind === "recovery") {
        setLeft(data.recoveryCodesLeft);
        return;
      }
      // A full navigation: the layout reads the session anew.
      window.location.assign(callbackUrl);
    },
  });
  const { errors } = form.formState;
  if (left !== null) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone={left <= 2 ? "warning" : "info"}>{t("security.verify.recoveryUsed", { count: left })}</Alert>
        <a href={callbackUrl} className="font-semibold text-indigo-800 underline">
          {t("security.continue")}
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field id="code" label={t("security.verify.code")} hint={t("security.verify.codeHint")} error={errors.code?.message && t(errors.code.message)} required>
        {(control) => (
          <input {...control} {...form.register("code")} inputMode="text" autoComplete="one-time-code" autoFocus className={inputClass} />
        )}
      </Field>
      {formError ? (
        <Alert tone="error">
          {t(formError)}
          {formError === "security.tooManyCodes" ? (
            <>
              {" "}
              <a href="/login" className="font-semibold underline">
                {t("security.backToLogin")}
              </a>
            </>
          ) : null}
        </Alert>
      ) : null}
      <Button type="submit" pending={pending}>
        {t("security.verify.submit")}
      </Button>
    </form>
  );
}
