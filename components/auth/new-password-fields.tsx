"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";

import { Field, inputClass } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/schemas";

type TValues = { newPassword: string; confirmPassword: string };

/** New password + confirmation, shared by the invitation and the password-change forms. */
export function NewPasswordFields<T extends TValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<TValues> }) {
  const t = useTranslations();
  const reg = register as unknown as UseFormRegister<TValues>;
  return (
    <>
      <Field
        id="newPassword"
        label={t("account.newPassword")}
        hint={t("account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={errors.newPassword?.message && t(errors.newPassword.message, { min: PASSWORD_MIN_LENGTH })}
        required
      >
        {(control) => <input {...control} {...reg("newPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field
        id="confirmPassword"
        label={t("account.confirmPassword")}
        error={errors.confirmPassword?.message && t(errors.confirmPassword.message)}
        required
      >
        {(control) => <input {...control} {...reg("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </>
  );
}
