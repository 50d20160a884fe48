import type { useFormatter, useTranslations } from "next-intl";

type TTranslate = ReturnType<typeof useTranslations>;
type TFormat = ReturnType<typeof useFormatter>;

/** Fields whose stored values are enum members, and the enums.json group that names them. */
const ENUM_GROUPS: Record<string, string> = {
  phase: "phase",
  source: "source",
  concerns: "concern",
  monitors: "monitor",
  individualMonitoring: "triState",
  status: "status",
  outcome: "outcome",
  avis: "avis",
  legalBases: "legalBasis",
  documentsReceived: "document",
  dpiaShown: "triState",
  aiTrainingOffered: "triState",
  eventType: "eventType",
  // AI Act and GDPR facts (lib/deployments/ai-act-schemas.ts).
  customerChatbot: "triState",
  emotionInferenceWorkers: "triState",
  emotionInferenceCustomers: "triState",
  annexEmployment: "triState",
  annexCreditScoring: "triState",
  annexLifeHealthPricing: "triState",
  infoToReps: "triState",
  fria: "triState",
  customerAiDisclosure: "triState",
  emotionDisclosure: "triState",
  dpiaDone: "triState",
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A 'YYYY-MM-DD' string as a Date that reads as that same day in Paris. */
export function calendarDateAsDate(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

/** The label of a case field (the AI Act ones live in the compliance namespace), or its raw name. */
export function fieldLabel(t: TTranslate, field: string): string {
  const key = [`cases.fields.${field}`, `compliance.caseFields.${field}`].find((candidate) => t.has(candidate));
  return key ? t(key) : field;
}

/** One recorded value as a person reads it: enum members translated, dates in words, lists joined. */
export function formatValue(t: TTranslate, format: TFormat, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("cases.notSet");
  if (Array.isArray(value)) return value.map((item) => formatValue(t, format, field, item)).join(", ");
  if (typeof value === "boolean") return t(value ? "enums.triState.yes" : "enums.triState.no");
  if (typeof value === "number") return format.number(value);
  if (typeof value !== "string") return JSON.stringify(value);
  const group = ENUM_GROUPS[field];
  if (group && t.has(`enums.${group}.${value}`)) return t(`enums.${group}.${value}`);
  if (CALENDAR_DATE.test(value)) return format.dateTime(calendarDateAsDate(value), "long");
  return value;
}
