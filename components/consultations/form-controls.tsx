"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { Field, inputClass } from "@/components/ui/field";
import { TRI_STATES } from "@/lib/consultations/schemas";

/** Field errors are message keys; an absent key shows nothing. */
export function useErrorText() {
  const t = useTranslations();
  return (key?: string) => (key ? t(key) : undefined);
}

export function DateField({ id, label, error, registration }: { id: string; label: string; error?: string; registration: UseFormRegisterReturn }) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => <input {...control} type="date" {...registration} className={inputClass} />}
    </Field>
  );
}

export function TriStateField({ id, label, registration }: { id: string; label: string; registration: UseFormRegisterReturn }) {
  const t = useTranslations("enums.triState");
  return (
    <Field id={id} label={label}>
      {(control) => (
        <select {...control} {...registration} className={inputClass}>
          {TRI_STATES.map((value) => (
            <option key={value} value={value}>
              {t(value)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ id, label, registration }: { id: string; label: string; registration: UseFormRegisterReturn }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" {...registration} className="mt-1 size-5 accent-indigo-700" />
      <label htmlFor={id} className="text-sm text-slate-900">
        {label}
      </label>
    </div>
  );
}

/** Several values of one field (react-hook-form collects the checked ones into an array). */
export function CheckboxGroup({
  name,
  legend,
  options,
  registration,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-900">{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="flex items-start gap-2">
          <input id={`${name}-${option.value}`} type="checkbox" value={option.value} {...registration} className="mt-1 size-5 accent-indigo-700" />
          <label htmlFor={`${name}-${option.value}`} className="text-sm text-slate-900">
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}
