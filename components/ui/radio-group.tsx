import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * One answer among a few (yes / no / unknown…) as radio buttons in a fieldset: the legend is the
 * question, the hint and the error are announced for the group. The fieldset carries `id={name}` so
 * that a link can point at the question (/cases/…/edit#annexEmployment).
 */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  register,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
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
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-8 items-center gap-2 text-sm text-slate-900">
            <input type="radio" value={option.value} {...register} className="size-4 accent-indigo-700" />
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
