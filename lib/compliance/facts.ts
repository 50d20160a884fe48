/**
 * The facts of one deployment case as the case exports them as JSON (docs/compliance-facts.md), and
 * their validation. Pure. Unknown is not "no": a fact the rep does not know is "unknown" (or absent),
 * so a rule can say which missing fact would settle it instead of clearing or confirming the flag.
 */
import { z } from "zod";

import { isCalendarDate, isPlausibleOrEmpty, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { DEADLINE_IDS } from "@/lib/consultations/deadlines";
import { AVIS, CONSULTATION_DOCUMENTS, LEGAL_BASES, ZAccordDelays, type TConsultationFacts } from "@/lib/consultations/schemas";
import { CONCERNS, MONITORS, PHASES } from "@/lib/deployments/schemas";
import { HEADCOUNT_BANDS, SECTORS } from "@/lib/employers/schemas";
import { AI_FUNCTIONS, DATA_CATEGORIES, HOSTING_REGIONS } from "@/lib/tools/schemas";
import { CLAUSE_KINDS } from "@/lib/agreements/schemas";

const DATE_MESSAGE = 'expected a calendar date "YYYY-MM-DD"';

/** Same window as the forms' (lib/consultations/calendar-date.ts): a year 0001 or 9999 is a slip. */
const RANGE_MESSAGE = "expected a plausible date: from 1990-01-01 to ten years from today";
const ZDate = z.string({ error: DATE_MESSAGE }).refine(isCalendarDate, { error: DATE_MESSAGE, abort: true }).refine(isPlausibleOrEmpty, { error: RANGE_MESSAGE });

/** A date the case may simply not have (a planned pilot, an expert not yet designated): null = not set. */
const ZMaybeDate = ZDate.nullish().transform((value) => value ?? undefined);

/**
 * The date an obligation was met: a date, "none" (the rep knows it has not happened) or "unknown"
 * (null and absent mean "unknown" too, which is what a case exports when nothing is recorded).
 */
const FACT_DATE_MESSAGE = 'expected a calendar date "YYYY-MM-DD", "none" or "unknown"';
const ZFactDate = z
  .string({ error: FACT_DATE_MESSAGE })
  .refine((value) => value === "none" || value === "unknown" || isCalendarDate(value), { error: FACT_DATE_MESSAGE, abort: true })
  .refine((value) => value === "none" || value === "unknown" || isPlausibleOrEmpty(value), { error: RANGE_MESSAGE })
  .nullish()
  .transform((value): TFactDate => value ?? "unknown");

const ZTri = z.enum(["yes", "no", "unknown"], { error: 'expected "yes", "no" or "unknown"' }).default("unknown");

const ZMonths = z.number({ error: "expected a number of months" }).nonnegative({ error: "expected a number of months ≥ 0" }).nullish();

const setOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).transform((items) => [...new Set(items)]);

const ZEmployer = z.strictObject({
  sector: z.enum(SECTORS),
  headcountBand: z.enum([...HEADCOUNT_BANDS, "unknown"]).default("unknown"),
});

const ZTool = z.strictObject({
  functions: setOf(AI_FUNCTIONS).default([]),
  dataCategories: setOf(DATA_CATEGORIES).default([]),
  trainsOnCustomerData: ZTri,
  trainsOnEmployeeData: ZTri,
  hostingRegion: z.enum(HOSTING_REGIONS).default("unknown"),
});

const ZDeployment = z.strictObject({
  phase: z.enum(PHASES),
  firstKnownOn: ZDate,
  announcedOn: ZMaybeDate,
  pilotStartOn: ZMaybeDate,
  goLiveOn: ZMaybeDate,
  monitors: setOf(MONITORS).default([]),
  individualMonitoring: ZTri,
  concerns: setOf(CONCERNS).default([]),
  /** The tool talks to customers (chatbot, voicebot): Art. 50(1). */
  customerChatbot: ZTri,
  /** Infers emotions from biometric signals (voice, face, keystrokes) of workers (Art. 5(1)(f)) or customers (Art. 50(3)). */
  emotionInference: z.strictObject({ workers: ZTri, customers: ZTri }).prefault({}),
  /** The deployer's use falls under AI Act Annex III 4 (employment), 5(b) (credit scoring), 5(c) (life/health pricing). */
  annexIII: z.strictObject({ employment: ZTri, creditScoring: ZTri, lifeHealthPricing: ZTri }).prefault({}),
  /** Null or absent = unknown; a ratio of 100 means every call is recorded. */
  callRecording: z
    .strictObject({
      ratioPercent: z.number({ error: "expected a percentage between 0 and 100" }).min(0).max(100).nullish(),
      recordingRetentionMonths: ZMonths,
      analysisRetentionMonths: ZMonths,
    })
    .prefault({}),
  /** L4121-1: the health and psychosocial risks of the project were assessed. */
  rpsAssessed: ZTri,
  /** L2312-59: the day a CSE member raised an alert about this tool (not set: no alert). */
  rightsAlertOn: ZMaybeDate,
  /** The employer's investigation of that alert with the member. */
  alertInvestigationDate: ZFactDate,
  /** Jobs cut by the project, as recorded; null = not known. */
  jobsCut: z.number({ error: "expected a number of jobs" }).int().nonnegative().nullish(),
});

const ZExpert = z.strictObject({
  isAppointed: z.boolean().default(false),
  firm: z.string().max(200).nullish(),
  deliberationDate: ZMaybeDate,
  designationDate: ZMaybeDate,
  infoRequestDate: ZMaybeDate,
  costNoticeDate: ZMaybeDate,
  reportDate: ZMaybeDate,
});

/** TConsultationRecord's fields; `legalBases: []` means "consulted on nothing", "unknown" means not known. */
const ZConsultation = z.strictObject({
  legalBases: z.union([setOf(LEGAL_BASES), z.literal("unknown")]).default("unknown"),
  infoCommunicatedDate: ZFactDate,
  bdeseNoticeDate: ZFactDate,
  documentsReceived: setOf(CONSULTATION_DOCUMENTS).default([]),
  isMultiLevel: z.boolean().default(false),
  expert: ZExpert.prefault({}),
  avis: z.enum(AVIS).nullish(),
  avisDate: ZFactDate,
  employerAnswerDate: ZFactDate,
  workerNoticeDate: ZFactDate,
  duerpUpdatedDate: ZFactDate,
  dpiaShown: ZTri,
  aiTrainingOffered: ZTri,
  /** The employer's accord de méthode delays (L2312-16), as on the employer. */
  accord: ZAccordDelays.optional(),
  /** A rep's replaced deadlines (e.g. a judge's extension), as stored on the consultation. */
  overrides: z
    .partialRecord(z.enum(DEADLINE_IDS), z.strictObject({ date: ZDate, reason: z.string().trim().min(1) }))
    .default({}),
});

const ZAiAct = z.strictObject({
  /** Art. 26(7): workers' representatives told they will be subject to a high-risk system. */
  infoToRepsDate: ZFactDate,
  /** Art. 26(7): the workers affected told they will be subject to a high-risk system. */
  infoToWorkersDate: ZFactDate,
  /** Art. 27: fundamental-rights impact assessment done. */
  friaDate: ZFactDate,
  /** Art. 111(2): the day a system in use before the date of application was significantly changed ("none": never). */
  significantChangeDate: ZFactDate,
  /** Art. 26(6): months the system's automatically generated logs are kept; null = unknown. */
  logRetentionMonths: ZMonths,
  /** Art. 50(1): customers told they talk to an AI. */
  customerAiDisclosure: ZTri,
  /** Art. 50(3): people exposed to emotion recognition told so. */
  emotionDisclosure: ZTri,
});

export const ZComplianceFacts = z.strictObject({
  employer: ZEmployer,
  tool: ZTool,
  deployment: ZDeployment,
  consultation: ZConsultation.prefault({}),
  aiAct: ZAiAct.prefault({}),
  /** GDPR Art. 35: a DPIA exists (whether shown to the CSE or not). */
  gdpr: z
    .strictObject({
      dpiaDone: ZTri,
      /** The employer documents the basis on which the vendor re-uses (trains on) its customers' or staff's data. */
      vendorTrainingBasis: ZTri,
    })
    .prefault({}),
  /** Letters the case sent (lib/letters): the first written request to consult or to suspend. */
  letters: z.strictObject({ consultationRequestedOn: ZMaybeDate }).prefault({}),
  /** The AI clauses of the employer's collective agreements (the agreements library, F18). */
  agreements: z.strictObject({ clauses: setOf(CLAUSE_KINDS).default([]) }).prefault({}),
});

export type TComplianceFactsInput = z.input<typeof ZComplianceFacts>;
export type TComplianceFacts = z.output<typeof ZComplianceFacts>;
export type TFactDate = TCalendarDate | "none" | "unknown";
export type TFactsError = { path: string; message: string };

/** Parses JSON facts; each error names its field as a dotted path ("deployment.pilotStartOn"). */
export function parseComplianceFacts(
  input: unknown,
): { success: true; data: TComplianceFacts } | { success: false; errors: TFactsError[] } {
  const parsed = ZComplianceFacts.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  return { success: false, errors };
}

export const dateOf = (value: TFactDate): TCalendarDate | undefined =>
  value === "none" || value === "unknown" ? undefined : value;

/** The deadline engine's input (lib/consultations/deadlines.ts): only real dates start or close a delay. */
export function toDeadlineFacts({ consultation }: TComplianceFacts): TConsultationFacts {
  const { expert } = consultation;
  return {
    infoCommunicatedDate: dateOf(consultation.infoCommunicatedDate),
    bdeseNoticeDate: dateOf(consultation.bdeseNoticeDate),
    isMultiLevel: consultation.isMultiLevel,
    expert: {
      isAppointed: expert.isAppointed,
      deliberationDate: expert.deliberationDate,
      designationDate: expert.designationDate,
      infoRequestDate: expert.infoRequestDate,
      costNoticeDate: expert.costNoticeDate,
    },
    accord: consultation.accord,
    avisDate: dateOf(consultation.avisDate),
    overrides: consultation.overrides,
  };
}
