import { useFormatter, useTranslations } from "next-intl";

import { fieldLabel, formatValue } from "@/components/cases/format-value";
import type { TCaseDetail } from "@/lib/deployments/queries";

/** The AI Act and GDPR facts, in the order of the form's "AI Act et RGPD" section. */
const AI_ACT_FACT_FIELDS = [
  "customerChatbot",
  "emotionInferenceWorkers",
  "emotionInferenceCustomers",
  "annexEmployment",
  "annexCreditScoring",
  "annexLifeHealthPricing",
  "callRecordingPercent",
  "recordingRetentionMonths",
  "analysisRetentionMonths",
  "infoToReps",
  "infoToRepsOn",
  "fria",
  "friaOn",
  "customerAiDisclosure",
  "emotionDisclosure",
  "dpiaDone",
] as const;

/** The facts shown, in reading order; each is [field, value] and labelled by cases.fields.<field>. */
const FACT_FIELDS = [
  "description",
  "statedGoal",
  "source",
  "firstKnownOn",
  "announcedOn",
  "pilotStartOn",
  "goLiveOn",
  "servicesAffected",
  "jobFamilies",
  "headcountAffected",
  "jobsThreatened",
  "jobsCut",
  "concerns",
  "monitors",
  "individualMonitoring",
  ...AI_ACT_FACT_FIELDS,
] as const satisfies readonly (keyof TCaseDetail)[];

/** The case's facts as a definition list: French labels, dates in words, enum values translated. */
export function CaseFacts({ detail }: { detail: TCaseDetail }) {
  const t = useTranslations();
  const format = useFormatter();
  const rows: [string, string][] = [
    ...FACT_FIELDS.map((field) => [fieldLabel(t, field), formatValue(t, format, field, detail[field])] as [string, string]),
    [t("cases.fields.repInChargeId"), detail.repInCharge?.name ?? t("cases.notSet")],
    [t("cases.fields.createdAt"), format.dateTime(detail.createdAt, "long")],
    [t("cases.fields.updatedAt"), format.dateTime(detail.updatedAt, "dateTime")],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(12rem,auto)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-700">{label}</dt>
          <dd className="whitespace-pre-line break-words font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
