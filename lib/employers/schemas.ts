import { z } from "zod";

import { isValidSiren } from "@/lib/employers/siren";

export const SECTORS = ["banque", "assurance", "assistance", "mutuelle", "autre"] as const;
export type TSector = (typeof SECTORS)[number];

/**
 * Staff bands. Under 11 there is no CSE; from 11 to 49 the CSE has no L2312-8 consultation duties
 * (Code du travail L2312-1, L2312-8): the compliance rules read the band (docs/compliance-facts.md).
 */
export const HEADCOUNT_BANDS = ["1-10", "11-49", "50-299", "300-999", "1000-4999", "5000+"] as const;
export type THeadcountBand = (typeof HEADCOUNT_BANDS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** An employer as an admin enters it. Blank optional fields are stored as null. */
export const ZEmployerInput = z.object({
  legalName: z.string({ error: "validation.required" }).trim().min(2, "validation.required").max(200, "validation.tooLong"),
  groupName: optionalText(200),
  sector: z.enum(SECTORS, { error: "validation.sector" }),
  siren: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => value === "" || isValidSiren(value), "validation.siren")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
  idcc: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{1,4}$/.test(value), "validation.idcc")
    .transform((value) => (value === "" ? null : value.padStart(4, "0")))
    .nullable()
    .optional(),
  headcountBand: z
    .union([z.enum(HEADCOUNT_BANDS), z.literal("")], { error: "validation.headcountBand" })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
});
export type TEmployerInput = z.input<typeof ZEmployerInput>;

export const ZUpdateEmployer = ZEmployerInput.extend({ id: z.uuid({ error: "validation.invalidId" }) });
export type TUpdateEmployer = z.input<typeof ZUpdateEmployer>;
