"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { transitionCaseAction } from "@/app/(app)/cases/[id]/workflow-actions";
import { formatCalendarDate } from "@/components/workflow/format";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TCaseWorkflow } from "@/lib/workflow/queries";
import { SUMMARY_MAX, ZTransitionCase } from "@/lib/workflow/schemas";
import { CASE_OUTCOMES, type TCaseStatus } from "@/lib/workflow/workflow";

type TStatusData = Pick<TCaseWorkflow, "status" | "outcome" | "resolutionSummary" | "resolvedOn" | "version" | "nextStatuses" | "canWrite">;

/** The message of a failed move: an illegal one names both statuses in the user's words. */
function useFailureMessage() {
  const t = useTranslations();
  return (key: string, details: unknown) => {
    const move = details as { from?: TCaseStatus; to?: TCaseStatus } | undefined;
    if (key === "workflow.errors.illegalTransition" && move?.from && move.to) {
      return t(key, { from: t(`enums.status.${move.from}`), to: t(`enums.status.${move.to}`) });
    }
    return t(key);
  };
}

function StatusForm({
  data,
  version,
  caseId,
  onStart,
  onSaved,
}: {
  data: TStatusData;
  /** The newest version known on this page (see StatusPanel). */
  version: number;
  caseId: string;
  onStart: () => void;
  onSaved: (version: number) => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const failureMessage = useFailureMessage();
  const { form, onSubmit, formError, failureDetails, pending } = useActionForm({
    schema: ZTransitionCase,
    action: async (values) => {
      onStart();
      const result = await transitionCaseAction({ ...values, caseId, version });
      // Someone else moved the case: show its current state under the message.
      if (!result.ok && result.formError === "workflow.errors.conflict") router.refresh();
      return result;
    },
    defaultValues: { caseId, version, toStatus: undefined, outcome: "", resolutionSummary: "" },
    onSuccess: (result) => onSaved(result.version),
  });
  const { errors } = form.formState;
  const target = form.watch("toStatus");
  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Field id="workflow-toStatus" label={t("workflow.status.next")} error={message(errors.toStatus?.message)} required>
        {(control) => (
          <select {...control} {...form.register("toStatus")} defaultValue="" className={inputClass}>
            <option value="" disabled>
              {t("workflow.status.choose")}
            </option>
            {data.nextStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`enums.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {target === "resolved" ? (
        <>
          <Field id="workflow-outcome" label={t("workflow.status.outcomeLabel")} error={message(errors.outcome?.message)} required>
            {(control) => (
              <select {...control} {...form.register("outcome")} className={inputClass}>
                <option value="">{t("workflow.status.chooseOutcome")}</option>
                {CASE_OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(`enums.outcome.${outcome}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="workflow-resolutionSummary"
            label={t("workflow.status.summaryLabel")}
            hint={t("workflow.status.summaryHint", { max: SUMMARY_MAX })}
            error={message(errors.resolutionSummary?.message)}
            required
          >
            {(control) => <textarea {...control} {...form.register("resolutionSummary")} rows={4} maxLength={SUMMARY_MAX} className={inputClass} />}
          </Field>
        </>
      ) : null}
      {data.status === "resolved" ? <p className="text-sm text-slate-700">{t("workflow.status.reopenHint")}</p> : null}
      {formError ? <Alert tone={formError === "workflow.errors.conflict" ? "warning" : "error"}>{failureMessage(formError, failureDetails)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("workflow.status.submit")}
      </Button>
    </form>
  );
}

/** The case's status, its resolution when it has one, and the move to one of the legal next statuses. */
export function StatusPanel({ data, caseId }: { data: TStatusData; caseId: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const [saved, setSaved] = useState(false);
  // Bumped after each move, so the form starts empty again (a conflict keeps it, with its message).
  const [formKey, setFormKey] = useState(0);
  // The version our own last move produced: the next move carries it even before the page has
  // re-rendered with the refreshed data (a quick second move is not someone else's change).
  const [savedVersion, setSavedVersion] = useState(0);

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-800">{t("workflow.status.current")}</dt>
        <dd>
          <span className="inline-block rounded-full bg-indigo-50 px-3 py-0.5 font-semibold text-indigo-900">{t(`enums.status.${data.status}`)}</span>
          {data.resolvedOn ? <span className="ms-2 text-sm text-slate-700">{t("workflow.status.resolvedOn", { date: formatCalendarDate(format, data.resolvedOn) })}</span> : null}
        </dd>
        {data.outcome ? (
          <>
            <dt className="font-medium text-slate-800">{t("workflow.status.outcome")}</dt>
            <dd>{t(`enums.outcome.${data.outcome}`)}</dd>
          </>
        ) : null}
        {data.resolutionSummary ? (
          <>
            <dt className="font-medium text-slate-800">{t("workflow.status.summary")}</dt>
            <dd className="whitespace-pre-line">{data.resolutionSummary}</dd>
          </>
        ) : null}
      </dl>
      {saved ? <Alert tone="success">{t("workflow.status.saved")}</Alert> : null}
      {data.canWrite ? (
        <section aria-labelledby="workflow-status-change" className="border-t border-slate-200 pt-4">
          <h3 id="workflow-status-change" className="mb-3 font-semibold text-slate-900">
            {t("workflow.status.change")}
          </h3>
          {data.nextStatuses.length === 0 ? (
            <p className="text-slate-700">{t("workflow.status.final")}</p>
          ) : (
            <StatusForm
              key={formKey}
              data={data}
              version={Math.max(data.version, savedVersion)}
              caseId={caseId}
              onStart={() => setSaved(false)}
              onSaved={(version) => {
                setSaved(true);
                setSavedVersion(version);
                setFormKey((key) => key + 1);
              }}
            />
          )}
        </section>
      ) : null}
    </div>
  );
}
