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


export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}
