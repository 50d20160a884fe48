"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { Field, inputClass } from "@/components/ui/field";
import type { TReportableEmployer, TReportableUnion } from "@/lib/reports/public-queries";
import { REPORT_LIMITS } from "@/lib/reports/limits";

const normalize = (value: string) => value.trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");

/**
 * The employer, among ~500: a native text input with a datalist (the browser filters the list as the
 * member types, on phones too) that also accepts a name not in the list. Without JavaScript only the
 * name is sent and the server matches it; with JavaScript an exact match fills the hidden employerId
 * and says whether the employer was recognised.
 */
export function EmployerPicker({
  employers,
  unions,
  defaultName,
  defaultUnionId,
  error,
  unionError,
}: {
  employers: TReportableEmployer[];
  unions: TReportableUnion[];
  defaultName?: string;
  defaultUnionId?: string;
  error?: string;
  unionError?: string;
}) {
  const t = useTranslations("reportForm.fields.employer");
  const tu = useTranslations("reportForm.fields.union");
  const listId = useId();
  const [name, setName] = useState(defaultName ?? "");
  const match = name.trim().length > 0 ? employers.find((employer) => normalize(employer.name) === normalize(name)) : undefined;
  const status = name.trim().length < 2 ? null : match ? t("listed") : t("notListed");
  // Who reads it: the unions present at the employer picked, or every union for one not in the list.
  const readers = match ? unions.filter((union) => match.unionIds.includes(union.id)) : unions;
  const readersText =
    readers.length === 0 ? tu("nobody") : tu(match ? "readersAt" : "readersAll", { unions: readers.map((union) => union.shortName).join(", ") });

  return (
    <>
    <Field id="employerName" label={t("label")} hint={t("hint")} error={error} required>
      {(control) => (
        <>
          <input
            {...control}
            name="employerName"
            list={listId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
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
    <p aria-live="polite" className="text-sm text-slate-800">
      {readersText}
    </p>
    <Field id="unionId" label={tu("label")} hint={tu("hint")} error={unionError}>
      {(control) => (
        <select {...control} name="unionId" defaultValue={defaultUnionId ?? ""} className={inputClass}>
          <option value="">{tu("all")}</option>
          {readers.map((union) => (
            <option key={union.id} value={union.id}>
              {union.shortName} — {union.name}
            </option>
          ))}
        </select>
      )}
    </Field>
    </>
  );
}
