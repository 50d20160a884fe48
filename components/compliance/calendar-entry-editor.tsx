"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { resetCalendarEntryAction, saveCalendarEntryAction } from "@/app/(app)/admin/legal-calendar/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TCalendarRow } from "@/lib/compliance/calendar-queries";
import { ZCalendarEntryInput, ZResetCalendarEntry } from "@/lib/compliance/calendar-schemas";
import { LEGAL_STATUSES, SOURCE_TAGS } from "@/lib/compliance/legal-calendar";
import type { TCalendarSaveResult } from "@/lib/compliance/save-calendar-entry";

/** What the admin is told: the edit saved (or reset), then what happened to the flags. */
function useOutcome() {
  const t = useTranslations("compliance.calendar");
  const format = useFormatter();
  return (result: TCalendarSaveResult, doneKey: "saved" | "resetDone") => {
    const { recompute } = result;
    if (!recompute) return { tone: "info" as const, text: t("unchanged") };
    const done = t(doneKey);
    if (recompute.kind === "failed") return { tone: "warning" as const, text: `${done} ${t("failed")}` };
    if (recompute.kind === "deferred") return { tone: "success" as const, text: `${done} ${t("deferred", { cases: recompute.cases })}` };
    const seconds = format.number(recompute.ms / 1000, { maximumFractionDigits: 1 });
    return { tone: "success" as const, text: `${done} ${t("recomputed", { cases: recompute.cases, changed: recompute.changed, seconds })}` };
  };
}

/** Edits one rule's date of application, legal status, source, reliability and note; or restores the default. */
export function CalendarEntryEditor({ row }: { row: TCalendarRow }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const outcome = useOutcome();
  const [message, setMessage] = useState<ReturnType<typeof outcome> | null>(null);
  const { entry, defaults } = row;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZCalendarEntryInput,
    action: saveCalendarEntryAction,
    defaultValues: { ruleId: row.ruleId, appliesFrom: entry.appliesFrom, legalStatus: entry.legalStatus, source: entry.source, tag: entry.tag, note: entry.note ?? "" },
    onSuccess: (result) => {
      setMessage(outcome(result, "saved"));
      router.refresh();
    },
  });
  const reset = useActionForm({
    schema: ZResetCalendarEntry,
    action: resetCalendarEntryAction,
    defaultValues: { ruleId: row.ruleId },
    onSuccess: (result) => {
      setMessage(outcome(result, "resetDone"));
      form.reset({ ruleId: row.ruleId, appliesFrom: defaults.appliesFrom, legalStatus: defaults.legalStatus, source: defaults.source, tag: defaults.tag, note: defaults.note ?? "" });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const error = (key?: string) => (key ? t(key) : undefined);
  const label = (name: string) => t(`compliance.calendar.fields.${name}`);
  const hint = (name: string) => t(`compliance.calendar.hints.${name}`);
  const defaultDate = format.dateTime(new Date(`${defaults.appliesFrom}T12:00:00Z`), "long");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1 text-sm text-slate-800">
        <p>{t("compliance.calendar.articles", { articles: format.list([...row.articles]) })}</p>
        <p>
          {t("compliance.calendar.defaults", {
            date: defaultDate,
            status: t(`compliance.legalStatusInline.${defaults.legalStatus}`),
            source: defaults.source,
          })}
        </p>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <input type="hidden" {...form.register("ruleId")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="appliesFrom" label={label("appliesFrom")} hint={hint("appliesFrom")} error={error(errors.appliesFrom?.message)} required>
            {(control) => <input {...control} {...form.register("appliesFrom")} type="date" className={inputClass} />}
          </Field>
          <Field id="legalStatus" label={label("legalStatus")} hint={hint("legalStatus")} error={error(errors.legalStatus?.message)} required>
            {(control) => (
              <select {...control} {...form.register("legalStatus")} className={inputClass}>
                {LEGAL_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`enums.legalStatus.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="source" label={label("source")} hint={hint("source")} error={error(errors.source?.message)} required>
          {(control) => <input {...control} {...form.register("source")} className={inputClass} />}
        </Field>
        <Field id="tag" label={label("tag")} hint={hint("tag")} error={error(errors.tag?.message)} required>
          {(control) => (
            <select {...control} {...form.register("tag")} className={inputClass}>
              {SOURCE_TAGS.map((tag) => (
                <option key={tag} value={tag}>
                  {t(`compliance.calendar.tags.${tag}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="note" label={label("note")} hint={hint("note")} error={error(errors.note?.message)}>
          {(control) => <textarea {...control} {...form.register("note")} rows={3} className={inputClass} />}
        </Field>
        {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
        <Button type="submit" pending={pending} className="self-start">
          {t("compliance.calendar.save")}
        </Button>
      </form>
      {row.isModified ? (
        <form onSubmit={reset.onSubmit} noValidate className="flex flex-col items-start gap-2 border-t border-slate-200 pt-4">
          <input type="hidden" {...reset.form.register("ruleId")} />
          <p className="text-sm text-slate-700">{t("compliance.calendar.resetHint")}</p>
          {reset.formError ? <Alert tone="error">{t(reset.formError)}</Alert> : null}
          <Button type="submit" variant="secondary" pending={reset.pending}>
            {t("compliance.calendar.reset")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
