"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";

import { Field, inputClass } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/schemas";

type TValues = { newPassword: string; confirmPassword: string };

type TScorer = (password: string) => number;
let scorer: Promise<TScorer> | undefined;
/** zxcvbn-ts and its dictionaries (~3 MB) load only once someone types a new password. */
function loadScorer(): Promise<TScorer> {
  scorer ??= import("@/lib/security/password-strength").then((module) => (password: string) => module.passwordScore(password));
  return scorer;
}

const BAR = ["bg-red-600", "bg-red-600", "bg-amber-500", "bg-emerald-600", "bg-emerald-700"];

/**
 * New password + confirmation, shared by the invitation and the password-change forms, with a strength
 * meter (the same scoring the server applies, lib/security/password-strength.ts).
 */
export function NewPasswordFields<T extends TValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<TValues> }) {
  const t = useTranslations();
  const reg = register as unknown as UseFormRegister<TValues>;
  const [score, setScore] = useState<number | null>(null);
  const field = reg("newPassword");
  return (
    <>
      <Field
        id="newPassword"
        label={t("account.newPassword")}
        hint={`${t("account.passwordHint", { min: PASSWORD_MIN_LENGTH })} ${t("security.password.hintGeneric")}`}
        error={errors.newPassword?.message && t(errors.newPassword.message, { min: PASSWORD_MIN_LENGTH })}
        required
      >
        {(control) => (
          <input
            {...control}
            {...field}
            onChange={async (event) => {
              await field.onChange(event);
              const value = event.target.value;
              if (!value) return setScore(null);
              const score = await loadScorer();
              setScore(score(value));
            }}
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      {score !== null ? (
        <div aria-live="polite" className="-mt-2 flex flex-col gap-1" data-testid="password-strength">
          <div className="flex gap-1" aria-hidden="true">
            {[0, 1, 2, 3].map((index) => (
              <span key={index} className={`h-1.5 flex-1 rounded ${index < Math.max(1, score) ? BAR[score] : "bg-slate-200"}`} />
            ))}
          </div>
          <p className="text-sm text-slate-800">{t("security.password.strength", { label: t(`security.password.levels.${score}`) })}</p>
        </div>
      ) : null}
      <Field
        id="confirmPassword"
        label={t("account.confirmPassword")}
        error={errors.confirmPassword?.message && t(errors.confirmPassword.message)}
        required
      >
        {(control) => <input {...control} {...reg("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </>
  );
}
