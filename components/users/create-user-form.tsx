"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { createUserAction } from "@/app/(app)/admin/users/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { CredentialResult } from "@/components/users/one-time-secret";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ROLES } from "@/lib/authz/permissions";
import type { TCreatedUser } from "@/lib/users/create-user";
import { ZCreateUser } from "@/lib/users/schemas";

export function CreateUserForm({
  employers,
  unions,
}: {
  employers: { id: string; legalName: string }[];
  unions: { id: string; shortName: string; name: string; employerIds: string[] }[];
}) {
  const t = useTranslations();
  const [created, setCreated] = useState<TCreatedUser | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZCreateUser,
    action: createUserAction,
    defaultValues: { email: "", name: "", role: "rep", unionId: unions.length === 1 ? unions[0]!.id : "", credential: "password", employerIds: [] },
    onSuccess: setCreated,
  });
  const { errors } = form.formState;
  const role = form.watch("role");
  const unionId = form.watch("unionId");
  // Where the chosen union is absent, a rep could not work: said next to the employer.
  const union = role === "rep" ? unions.find((candidate) => candidate.id === unionId) : undefined;

  if (created) {
    return (
      <div className="flex flex-col gap-4">
        <CredentialResult result={created} />
        <div className="flex flex-wrap gap-3">
          <Link href={`/admin/users/${created.id}`} className="font-semibold text-indigo-800 underline">
            {t("users.openCreated")}
          </Link>
          <Link href="/admin/users" className="font-semibold text-indigo-800 underline">
            {t("users.backToList")}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field id="name" label={t("users.name")} error={errors.name?.message && t(errors.name.message)} required>
        {(control) => <input {...control} {...form.register("name")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="email" label={t("users.email")} error={errors.email?.message && t(errors.email.message)} required>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="role" label={t("users.role")} error={errors.role?.message && t(errors.role.message)} required>
        {(control) => (
          <select {...control} {...form.register("role")} className={inputClass}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="unionId" label={t("users.union")} hint={t("users.unionHint")} error={errors.unionId?.message && t(errors.unionId.message)}>
        {(control) => (
          <select {...control} {...form.register("unionId")} className={inputClass}>
            <option value="">{t("users.noUnion")}</option>
            {unions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.shortName} — {candidate.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("users.credential")}</legend>
        {(["password", "invite"] as const).map((option) => (
          <label key={option} className="flex items-center gap-2">
            <input type="radio" value={option} {...form.register("credential")} className="size-4" />
            {t(`users.credentialOption.${option}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.employerIds ? "employerIds-error" : undefined}>
        <legend className="text-sm font-medium">{t("users.employers")}</legend>
        <p className="text-xs text-slate-600">{t("users.employersHint")}</p>
        {employers.map((employer) => (
          <label key={employer.id} className="flex items-center gap-2">
            <input type="checkbox" value={employer.id} {...form.register("employerIds")} className="size-4" />
            {employer.legalName}
            {union && !union.employerIds.includes(employer.id) ? (
              <span className="text-xs text-amber-800">({t("users.unionAbsentAt", { union: union.shortName })})</span>
            ) : null}
          </label>
        ))}
        {errors.employerIds?.message ? (
          <p id="employerIds-error" className="text-sm font-medium text-red-700">
            {t(errors.employerIds.message)}
          </p>
        ) : null}
      </fieldset>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("users.submitCreate")}
      </Button>
    </form>
  );
}
