"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

import { Field, inputClass } from "@/components/ui/field";

/**
 * "Whose record is it?" for an account without a union (an admin) where several unions are present
 * (issue 15): a required choice among them, its error next to it.
 */
export function UnionSelectField({
  unions,
  field,
  label,
  hint,
  error,
}: {
  unions: { id: string; shortName: string }[];
  field: UseFormRegisterReturn;
  label: string;
  hint: string;
  error?: string;
}) {
  const t = useTranslations();
  return (
    <Field id="unionId" label={label} hint={hint} error={error} required>
      {(control) => (
        <select {...control} {...field} className={inputClass}>
          <option value="">{t("cases.chooseUnion")}</option>
          {unions.map((union) => (
            <option key={union.id} value={union.id}>
              {union.shortName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
