"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { createUnionAction, renameUnionAction } from "@/app/(app)/admin/unions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ZUnionInput } from "@/lib/unions/schemas";

/** Admins: a new union, or (with `union`) its new name. */
export function UnionForm({ union }: { union?: { id: string; name: string; shortName: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending, succeeded } = useActionForm({
    schema: ZUnionInput,
    action: (values) => (union ? renameUnionAction({ ...values, id: union.id }) : createUnionAction(values)),
    defaultValues: { name: union?.name ?? "", shortName: union?.shortName ?? "" },
    onSuccess: (result) => (union ? router.refresh() : router.push(`/admin/unions/${result.id}`)),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field id="name" label={t("unions.name")} error={errors.name?.message && t(errors.name.message)} required>
        {(control) => <input {...control} {...form.register("name")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="shortName" label={t("unions.shortName")} hint={t("unions.shortNameHint")} error={errors.shortName?.message && t(errors.shortName.message)} required>
        {(control) => <input {...control} {...form.register("shortName")} autoComplete="off" className={inputClass} />}
      </Field>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      {union && succeeded ? <Alert tone="success">{t("unions.saved")}</Alert> : null}
      <div>
        <Button type="submit" pending={pending}>
          {t(union ? "unions.rename" : "unions.create")}
        </Button>
      </div>
    </form>
  );
}
