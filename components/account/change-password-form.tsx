"use client";

import { useTranslations } from "next-intl";

import { changePasswordAction } from "@/app/(app)/account/password/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ZChangePassword } from "@/lib/users/schemas";

export function ChangePasswordForm() {
  const t = useTranslations();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZChangePassword,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field
        id="currentPassword"
        label={t("account.currentPassword")}
        error={errors.currentPassword?.message && t(errors.currentPassword.message)}
        required
      >
        {(control) => <input {...control} {...form.register("currentPassword")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <NewPasswordFields register={form.register} errors={errors} />
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("account.submit")}
      </Button>
    </form>
  );
}
