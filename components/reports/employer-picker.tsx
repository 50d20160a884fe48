"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { Field, inputClass } from "@/components/ui/field";
import type { TReportableEmployer } from "@/lib/reports/public-queries";
import { REPORT_LIMITS } from "@/lib/reports/schemas";

const normalize = (value: string) => value.trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");

/**
 * The employer, among ~500: a native text input with a datalist (the browser filters the list as the
 * member types, on phones too) that also accepts a name not in the list. Without JavaScript only the
 * name is sent and the server matches it; with JavaScript an exact match fills the hidden employerId
 * and says whether the employer was recognised.
 */
export function EmployerPicker({
  employers,
  defaultName,
  error,
}: {
  employers: TReportableEmployer[];
  defaultName?: string;
  error?: string;
}) {
  const t = useTranslations("reportForm.fields.employer");
  const listId = useId();
  const [name, setName] = useState(defaultName ?? "");
  const match = name.trim().length > 0 ? employers.find((employer) => normalize(employer.name) === normalize(name)) : undefined;
  const status = name.trim().length < 2 ? null : match ? t("listed") : t("notListed");

  return (
    <Field id="employerName" label={t("label")} hint={t("hint")} error={error} required>
      {(control) => (
        <>
          <input
            {...control}
            name="employerName"
            list={listId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={REPORT_LIMITS.employerName}
            autoComplete="off"
            spellCheck={false}
            className={inputClass}
          />
          <datalist id={listId}>
            {employers.map((employer) => (
              <option key={employer.id} value={employer.name} />
            ))}
          </datalist>
          <input type="hidden" name="employerId" value={match?.id ?? ""} />
          <p aria-live="polite" className="text-xs text-slate-700">
            {status}
          </p>
        </>
      )}
    </Field>
  );
}
