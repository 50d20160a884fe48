"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { mergeToolsAction } from "@/app/(app)/tools/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TToolOption } from "@/lib/tools/queries";
import { ZMergeTools } from "@/lib/tools/schemas";

/** Admin: fold a duplicate entry into this one (its cases move here, it is deleted). */
export function ToolMergeForm({ keepId, candidates }: { keepId: string; candidates: TToolOption[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [movedCases, setMovedCases] = useState<number | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZMergeTools,
    action: (values) => {
      setMovedCases(null);
      return mergeToolsAction(values);
    },
    defaultValues: { keepId, mergeId: "" },
    onSuccess: (result) => {
      setMovedCases(result.movedCases);
      form.reset({ keepId, mergeId: "" });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  if (candidates.length === 0 && movedCases === null) return <p className="text-slate-700">{t("tools.mergeNone")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-slate-700">{t("tools.mergeIntro")}</p>
      {movedCases !== null ? <Alert tone="success">{t("tools.mergeDone", { count: movedCases })}</Alert> : null}
      <Field id="mergeId" label={t("tools.mergeSelect")} error={errors.mergeId?.message ? t(errors.mergeId.message) : undefined} required>
        {(control) => (
          <select {...control} {...form.register("mergeId")} className={inputClass}>
            <option value="">{t("tools.mergeChoose")}</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.vendor} — {candidate.productName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2 text-sm text-slate-900">
          <input
            type="checkbox"
            {...form.register("confirmed")}
            aria-invalid={Boolean(errors.confirmed)}
            aria-describedby={errors.confirmed ? "confirmed-error" : undefined}
            className="mt-0.5 size-4 accent-red-700"
          />
          {t("tools.mergeConfirm")}
        </label>
        {errors.confirmed?.message ? (
          <p id="confirmed-error" className="text-sm font-medium text-red-700">
            {t(errors.confirmed.message)}
          </p>
        ) : null}
      </div>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" variant="danger" pending={pending} className="self-start">
        {t("tools.mergeSubmit")}
      </Button>
    </form>
  );
}
