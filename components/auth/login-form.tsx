"use client";

import { useTranslations } from "next-intl";

import { loginAction } from "@/app/(auth)/login/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ZLogin } from "@/lib/users/schemas";

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const t = useTranslations();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZLogin,
    action: (values) => loginAction({ ...values, callbackUrl }),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      <Field id="email" label={t("login.email")} error={errors.email?.message && t(errors.email.message)} required>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field id="password" label={t("login.password")} error={errors.password?.message && t(errors.password.message)} required>
        {(control) => <input {...control} {...form.register("password")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
