import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * A group of checkboxes sharing one name (react-hook-form collects the checked values in an array),
 * labelled by its legend, with its hint and error announced for every box. `id={name}` lets a link
 * point at the question (the case page links missing facts to their field).
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  required,
  options,
  register,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  required?: boolean;
  options: { value: string; label: string }[];
  register: UseFormRegisterReturn;
  error?: string;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={name} className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-900">
        {legend}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-8 items-center gap-2 text-sm text-slate-900">
            <input type="checkbox" value={option.value} {...register} className="size-4 accent-indigo-700" />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
