/**
 * The message catalogues: `<locale>.json` holds the app-wide namespaces, `<locale>/<namespace>.json`
 * one namespace each (so features do not edit the same file). A namespace file's content sits under
 * its file name: messages/fr/cases.json → t("cases.…").
 */
import enCaseList from "./en/caseList.json";
import enCases from "./en/cases.json";
import enConsultation from "./en/consultation.json";
import enEnums from "./en/enums.json";
import enTools from "./en/tools.json";
import enWorkflow from "./en/workflow.json";
import en from "./en.json";
import frCaseList from "./fr/caseList.json";
import frCases from "./fr/cases.json";
import frConsultation from "./fr/consultation.json";
import frEnums from "./fr/enums.json";
import frTools from "./fr/tools.json";
import frWorkflow from "./fr/workflow.json";
import fr from "./fr.json";

import type { TLocale } from "@/i18n/locales";

export const MESSAGES: Record<TLocale, Record<string, unknown>> = {
  fr: { ...fr, enums: frEnums, tools: frTools, cases: frCases, consultation: frConsultation, workflow: frWorkflow, caseList: frCaseList },
  en: { ...en, enums: enEnums, tools: enTools, cases: enCases, consultation: enConsultation, workflow: enWorkflow, caseList: enCaseList },
};
