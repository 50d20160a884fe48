/**
 * When each compliance rule starts to apply, as data (DOMAIN.md A.2.8): admins will edit it in the
 * database when the EU timetable moves, so a postponement changes no code. The engine receives the
 * calendar as an argument; this file only holds the defaults and their validation.
 */
import { z } from "zod";

import { compareCalendarDates, isCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";

/** DOMAIN.md A.5 flag numbers; F19 is the "délit d'entrave" indicator of A.5 row 23 (L2317-1), which has none there. */
export const RULE_IDS = ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "F13", "F14", "F15", "F16", "F17", "F18", "F19"] as const;
export type TRuleId = (typeof RULE_IDS)[number];

export const LEGAL_STATUSES = ["proposal", "adopted", "in_force"] as const;
export type TLegalStatus = (typeof LEGAL_STATUSES)[number];

/** DOMAIN.md reliability tags: V checked, M from memory (verify), U uncertain or contested. */
export const SOURCE_TAGS = ["V", "M", "U"] as const;

const ZCalendarEntry = z.strictObject({
  appliesFrom: z.string().refine(isCalendarDate, { error: 'expected a calendar date "YYYY-MM-DD"' }),
  legalStatus: z.enum(LEGAL_STATUSES),
  /** The text that sets the date, so the UI can say where it comes from. */
  source: z.string().min(1),
  tag: z.enum(SOURCE_TAGS),
  note: z.string().optional(),
  /**
   * How the rule treats systems already in use before `appliesFrom`. "significant_change" (AI Act
   * Art. 111(2)): they are covered only from a significant change in their design made on or after that
   * date. Absent: covered from that date like any other. Set in code, kept when an admin edits the date.
   */
  transition: z.strictObject({ kind: z.literal("significant_change"), source: z.string().min(1), tag: z.enum(SOURCE_TAGS) }).optional(),
});
export type TCalendarEntry = z.output<typeof ZCalendarEntry>;

/** Every rule needs an entry: a rule missing from an edited calendar is an error, never silently off. */
export const ZLegalCalendar = z.strictObject(
  Object.fromEntries(RULE_IDS.map((id) => [id, ZCalendarEntry])) as Record<TRuleId, typeof ZCalendarEntry>,
);
export type TLegalCalendar = Record<TRuleId, TCalendarEntry>;

/** French statutes in force long before any AI tool; dates from memory, harmless either way. */
const CSE_ORDONNANCE = { appliesFrom: "2018-01-01", legalStatus: "in_force", tag: "M" } as const;

/** AI Act Art. 111(2), for the Annex III deployer duties (Art. 26, 27). */
const HIGH_RISK_TRANSITION = {
  kind: "significant_change",
  source: "Règlement (UE) 2024/1689, art. 111(2) : systèmes à haut risque déjà mis sur le marché ou en service avant la date d'application, couverts seulement à partir d'une modification importante de leur conception",
  tag: "V",
} as const;

const OMNIBUS_ANNEX_III = {
  appliesFrom: "2027-12-02",
  legalStatus: "adopted",
  tag: "V",
  note: "Date initiale 2026-08-02. Publication au JO de l'UE non vérifiée [U] : passer en in_force après vérification sur EUR-Lex.",
  transition: HIGH_RISK_TRANSITION,
} as const;

export const DEFAULT_LEGAL_CALENDAR: TLegalCalendar = {
  F1: { ...CSE_ORDONNANCE, source: "Code du travail L2312-8, L2312-14 (ordonnance 2017-1386)" },
  F2: { ...CSE_ORDONNANCE, source: "Code du travail L2312-38 (ordonnance 2017-1386)" },
  F3: { ...CSE_ORDONNANCE, source: "Code du travail L2312-38 al. 1 et 2 (ordonnance 2017-1386)" },
  F4: { appliesFrom: "1993-01-01", legalStatus: "in_force", tag: "M", source: "Code du travail L1222-4 (loi 92-1446)" },
  F5: { ...CSE_ORDONNANCE, source: "Code du travail L2312-15 (ordonnance 2017-1386)" },
  F6: { appliesFrom: "2001-11-07", legalStatus: "in_force", tag: "M", source: "Code du travail R4121-2 (décret 2001-1016)" },
  F7: { appliesFrom: "1992-01-01", legalStatus: "in_force", tag: "M", source: "Code du travail L4121-1, L4121-2 (loi 91-1414)" },
  F8: { appliesFrom: "2025-02-02", legalStatus: "in_force", tag: "V", source: "Règlement (UE) 2024/1689, art. 5(1)(f), art. 113(a)" },
  F9: { ...OMNIBUS_ANNEX_III, source: "Digital Omnibus IA (adopté par le Conseil le 29/06/2026), report de l'annexe III ; art. 26(7)" },
  F10: { ...OMNIBUS_ANNEX_III, source: "Digital Omnibus IA (adopté par le Conseil le 29/06/2026), report de l'annexe III ; art. 26(6)" },
  F11: { ...OMNIBUS_ANNEX_III, source: "Digital Omnibus IA (adopté par le Conseil le 29/06/2026), report de l'annexe III ; art. 27" },
  F12: {
    appliesFrom: "2025-02-02",
    legalStatus: "in_force",
    tag: "V",
    source: "Règlement (UE) 2024/1689, art. 4, art. 113(a)",
    note: "L'Omnibus réécrit l'art. 4 en obligation de moyens, sans changer la date.",
  },
  F13: { appliesFrom: "2026-08-02", legalStatus: "in_force", tag: "V", source: "Règlement (UE) 2024/1689, art. 50, art. 113" },
  F14: { appliesFrom: "2018-05-25", legalStatus: "in_force", tag: "M", source: "RGPD art. 35 ; CNIL délib. 2018-327" },
  F15: { appliesFrom: "2018-05-25", legalStatus: "in_force", tag: "M", source: "RGPD art. 5, 6 et 28 ; recommandations CNIL sur l'IA (2025)" },
  F16: { appliesFrom: "2018-05-25", legalStatus: "in_force", tag: "M", source: "Doctrine CNIL sur l'écoute et l'enregistrement des appels (RGPD)" },
  F17: { ...CSE_ORDONNANCE, source: "Code du travail L2312-59 (ordonnance 2017-1386)" },
  F18: { appliesFrom: "2008-05-01", legalStatus: "in_force", tag: "M", source: "Code du travail L2254-1, L2262-11 et L2262-12 (recodification 2008) ; AI Act art. 2(11)" },
  F19: { ...CSE_ORDONNANCE, source: "Code du travail L2317-1 (ordonnance 2017-1386)" },
};

/** A rule applies from the first day of its entry (the day itself included). */
export function isRuleApplicable(entry: TCalendarEntry, at: TCalendarDate): boolean {
  return compareCalendarDates(entry.appliesFrom, at) <= 0;
}
