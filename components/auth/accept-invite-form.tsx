"use client";

import { useTranslations } from "next-intl";

import { acceptInviteAction } from "@/app/(auth)/invite/[token]/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZAcceptInvite } from "@/lib/users/schemas";

export function AcceptInviteForm({ token }: { token: string }) {
  const t = useTranslations();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZAcceptInvite,
    action: acceptInviteAction,
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <NewPasswordFields register={form.register} errors={form.formState.errors} />
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending}>
        {t("invite.submit")}
      </Button>
    </form>
  );
}
