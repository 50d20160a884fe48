"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { assignEmployerAction, changeReportStatusAction, linkReportToCaseAction, markDuplicateAction } from "@/app/(app)/reports/actions";
import { useTriageMessage } from "@/components/reports/triage/use-triage-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TManualReportStatus } from "@/lib/reports/status";
import { ZAssignEmployer, ZChangeReportStatus, ZLinkReportToCase, ZMarkDuplicate } from "@/lib/reports/triage/schemas";

type TOption = { value: string; label: string };

/** One choice and its button: the shape of every triage decision (status, case, original, employer). */
function ChoiceForm(props: {
  id: string;
  label: string;
  hint?: string;
  placeholder: string;
  options: TOption[];
  register: UseFormRegisterReturn;
  error?: string;
  formError: ReactNode;
  success?: string;
  submit: string;
  pending: boolean;
  onSubmit: () => void;
}) {
  return (
    <form onSubmit={props.onSubmit} noValidate className="flex flex-col gap-3">
      <Field id={props.id} label={props.label} hint={props.hint} error={props.error} required>
        {(control) => (
          <select {...control} {...props.register} defaultValue="" className={inputClass}>
            <option value="" disabled>
              {props.placeholder}
            </option>
            {props.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {props.formError ? <Alert tone="error">{props.formError}</Alert> : null}
      {props.success ? <Alert tone="success">{props.success}</Alert> : null}
      <Button type="submit" pending={props.pending} className="self-start">
        {props.submit}
      </Button>
    </form>
  );
}

export function StatusForm({ reportId, nextStatuses }: { reportId: string; nextStatuses: TManualReportStatus[] }) {
  const t = useTranslations();
  const message = useTriageMessage();
  const { form, onSubmit, formError, failureDetails, succeeded, pending } = useActionForm({
    schema: ZChangeReportStatus,
    action: (values) => changeReportStatusAction({ ...values, reportId }),
    defaultValues: { reportId },
  });
  const error = form.formState.errors.toStatus?.message;
  return (
    <ChoiceForm
      id="report-status"
      label={t("reports.triage.status.label")}
      hint={t("reports.triage.status.hint")}
      placeholder={t("reports.triage.status.choose")}
      options={nextStatuses.map((status) => ({ value: status, label: t(`enums.reportStatus.${status}`) }))}
      register={form.register("toStatus")}
      error={error ? t(error) : undefined}
      formError={formError ? message(formError, failureDetails) : null}
      success={succeeded ? t("reports.triage.status.saved") : undefined}
      submit={t("reports.triage.status.submit")}
      pending={pending}
      onSubmit={onSubmit}
    />
  );
}

export function LinkCaseForm({ reportId, cases }: { reportId: string; cases: { id: string; localName: string; toolName: string }[] }) {
  const t = useTranslations();
  const message = useTriageMessage();
  const { form, onSubmit, formError, failureDetails, succeeded, pending } = useActionForm({
    schema: ZLinkReportToCase,
    action: (values) => linkReportToCaseAction({ ...values, reportId }),
    defaultValues: { reportId, caseId: "" },
  });
  const error = form.formState.errors.caseId?.message;
  return (
    <ChoiceForm
      id="report-case"
      label={t("reports.triage.link.case")}
      placeholder={t("reports.triage.link.choose")}
      options={cases.map((found) => ({ value: found.id, label: `${found.localName} (${found.toolName})` }))}
      register={form.register("caseId")}
      error={error ? t(error) : undefined}
      formError={formError ? message(formError, failureDetails) : null}
      success={succeeded ? t("reports.triage.link.saved") : undefined}
      submit={t("reports.triage.link.submit")}
      pending={pending}
      onSubmit={onSubmit}
    />
  );
}

export function DuplicateForm({ reportId, originals }: { reportId: string; originals: TOption[] }) {
  const t = useTranslations();
  const message = useTriageMessage();
  const { form, onSubmit, formError, failureDetails, succeeded, pending } = useActionForm({
    schema: ZMarkDuplicate,
    action: (values) => markDuplicateAction({ ...values, reportId }),
    defaultValues: { reportId, duplicateOfId: "" },
  });
  const error = form.formState.errors.duplicateOfId?.message;
  return (
    <ChoiceForm
      id="report-original"
      label={t("reports.triage.duplicate.original")}
      placeholder={t("reports.triage.duplicate.choose")}
      options={originals}
      register={form.register("duplicateOfId")}
      error={error ? t(error) : undefined}
      formError={formError ? message(formError, failureDetails) : null}
      success={succeeded ? t("reports.triage.duplicate.saved") : undefined}
      submit={t("reports.triage.duplicate.submit")}
      pending={pending}
      onSubmit={onSubmit}
    />
  );
}

export function AssignEmployerForm({ reportId, employers }: { reportId: string; employers: { id: string; legalName: string }[] }) {
  const t = useTranslations();
  const message = useTriageMessage();
  const { form, onSubmit, formError, failureDetails, succeeded, pending } = useActionForm({
    schema: ZAssignEmployer,
    action: (values) => assignEmployerAction({ ...values, reportId }),
    defaultValues: { reportId, employerId: "" },
  });
  const error = form.formState.errors.employerId?.message;
  return (
    <ChoiceForm
      id="report-employer"
      label={t("reports.triage.employer.label")}
      placeholder={t("reports.triage.employer.choose")}
      options={employers.map((employer) => ({ value: employer.id, label: employer.legalName }))}
      register={form.register("employerId")}
      error={error ? t(error) : undefined}
      formError={formError ? message(formError, failureDetails) : null}
      success={succeeded ? t("reports.triage.employer.saved") : undefined}
      submit={t("reports.triage.employer.submit")}
      pending={pending}
      onSubmit={onSubmit}
    />
  );
}
