/**
 * Inputs of the shared AI-tool catalogue, used by the tool form (hints) and its actions (the check).
 * Messages are keys of messages/*.json.
 */
import { z } from "zod";

import { foldText } from "@/lib/tools/normalize";

export const AI_FUNCTIONS = [
  "draft_customer_email",
  "summarise",
  "scheduling",
  "task_allocation",
  "call_transcription",
  "call_scoring",
  "voice_emotion_analysis",
  "credit_scoring",
  "fraud_detection",
  "insurance_pricing",
  "claims_triage",
  "recruitment",
  "performance_evaluation",
  "customer_chatbot",
  "office_assistant",
  "document_processing",
  "code_assistant",
  "other",
] as const;
export const DATA_CATEGORIES = ["customer", "employee", "voice", "biometric", "health", "financial"] as const;
export const HOSTING_REGIONS = ["france", "eu", "outside_eu", "unknown"] as const;
export const TOOL_TRI_STATES = ["yes", "no", "unknown"] as const;

export type TAiFunction = (typeof AI_FUNCTIONS)[number];
export type TDataCategory = (typeof DATA_CATEGORIES)[number];
export type THostingRegion = (typeof HOSTING_REGIONS)[number];
export type TToolTriState = (typeof TOOL_TRI_STATES)[number];

/** Message key of the duplicate error; the form renders it with the existing entry's name and link. */
export const DUPLICATE_TOOL_MESSAGE = "tools.validation.duplicate";
/** What a duplicate error carries (AppError details) so the form can link to the existing entry. */
export type TDuplicateDetails = { duplicateOf: { id: string; vendor: string; productName: string } };

/** A name: trimmed, inner spaces collapsed, and at least one letter or digit (it feeds the dedupe key). */
const name = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .transform((value) => value.replace(/\s+/g, " "))
    .pipe(z.string().max(max, "validation.tooLong"))
    .refine((value) => foldText(value) !== "", "validation.required");

const optionalText = (max: number) =>
  z
    .string({ error: "validation.tooLong" })
    .trim()
    .max(max, "validation.tooLong")
    .transform((value) => (value === "" ? null : value));

const enumSet = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.array(z.enum(values, { error }), { error }).transform((items) => [...new Set(items)]);

export const ZToolInput = z.object({
  vendor: name(120),
  productName: name(160),
  underlyingModel: optionalText(160),
  functions: enumSet(AI_FUNCTIONS, "tools.validation.function").refine((items) => items.length > 0, "tools.validation.functionsRequired"),
  dataCategories: enumSet(DATA_CATEGORIES, "tools.validation.dataCategory"),
  dataProcessed: optionalText(2000),
  hostingRegion: z.enum(HOSTING_REGIONS, { error: "tools.validation.hostingRegion" }),
  trainsOnCustomerData: z.enum(TOOL_TRI_STATES, { error: "tools.validation.triState" }),
  trainsOnEmployeeData: z.enum(TOOL_TRI_STATES, { error: "tools.validation.triState" }),
});
export type TToolInput = z.input<typeof ZToolInput>;
export type TToolData = z.output<typeof ZToolInput>;

const ZToolId = z.uuid({ error: "validation.invalidId" });

export const ZUpdateTool = ZToolInput.extend({ id: ZToolId });
export type TUpdateTool = z.output<typeof ZUpdateTool>;

/** A union's answer to a pending correction (issue 15, point 2): accept or refuse it. */
export const ZAnswerCorrection = z.object({ correctionId: ZToolId, accept: z.boolean({ error: "tools.validation.answer" }) });
export type TAnswerCorrection = z.output<typeof ZAnswerCorrection>;

/** An admin decides a pending correction instead of the unions. */
export const ZArbitrateCorrection = ZAnswerCorrection;
export type TArbitrateCorrection = TAnswerCorrection;

/** Keep `keepId`, fold `mergeId` into it. Irreversible, so the server too wants the explicit confirmation. */
export const ZMergeTools = z
  .object({
    keepId: ZToolId,
    mergeId: z.uuid({ error: "tools.validation.mergeChoose" }),
    confirmed: z.literal(true, { error: "tools.validation.mergeConfirm" }),
  })
  .refine((input) => input.keepId !== input.mergeId, { path: ["mergeId"], error: "tools.validation.mergeSelf" });
export type TMergeTools = z.output<typeof ZMergeTools>;
