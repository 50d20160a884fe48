import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * Choices sharing one name in a fieldset, labelled by its legend, with the hint and the error
 * announced for every input: checkboxes (react-hook-form collects the checked values in an array) or,
 * with `type="radio"`, one answer among a few (yes / no / unknown). `id={name}` lets a link point at
 * the question (the case page links missing facts to their field: /cases/…/edit#annexEmployment).
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  required,
  type = "checkbox",
  options,
  register,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  required?: boolean;
  type?: "checkbox" | "radio";
  options: { value: string; label: string }[];
  register: UseFormRegisterReturn;
  error?: string;
  /** Shown under the choices, e.g. the date that goes with "yes". */
  children?: ReactNode;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={name} className="flex scroll-mt-20 flex-col gap-2" aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-900">
        {legend}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className={type === "radio" ? "flex flex-wrap gap-x-5 gap-y-1" : "grid gap-x-4 gap-y-1 sm:grid-cols-2"}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-8 items-center gap-2 text-sm text-slate-900">
            <input type={type} value={option.value} {...register} className="size-4 accent-indigo-700" />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
