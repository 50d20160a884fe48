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
import enReportForm from "./en/reportForm.json";
import enReports from "./en/reports.json";
import enDashboards from "./en/dashboards.json";
import enLetters from "./en/letters.json";
import enCompliance from "./en/compliance.json";
import enSessions from "./en/sessions.json";
import enAgreements from "./en/agreements.json";
import enNotifications from "./en/notifications.json";
import enJobs from "./en/jobs.json";
import enApiTokens from "./en/apiTokens.json";
import enAudit from "./en/audit.json";
import enUnions from "./en/unions.json";
import enSecurity from "./en/security.json";
import en from "./en.json";
import frCaseList from "./fr/caseList.json";
import frCases from "./fr/cases.json";
import frConsultation from "./fr/consultation.json";
import frEnums from "./fr/enums.json";
import frTools from "./fr/tools.json";
import frWorkflow from "./fr/workflow.json";
import frReportForm from "./fr/reportForm.json";
import frReports from "./fr/reports.json";
import frDashboards from "./fr/dashboards.json";
import frLetters from "./fr/letters.json";
import frCompliance from "./fr/compliance.json";
import frSessions from "./fr/sessions.json";
import frAgreements from "./fr/agreements.json";
import frNotifications from "./fr/notifications.json";
import frJobs from "./fr/jobs.json";
import frApiTokens from "./fr/apiTokens.json";
import frAudit from "./fr/audit.json";
import frUnions from "./fr/unions.json";
import frSecurity from "./fr/security.json";
import fr from "./fr.json";

import type { TLocale } from "@/i18n/locales";

export const MESSAGES: Record<TLocale, Record<string, unknown>> = {
  fr: { ...fr, enums: frEnums, tools: frTools, cases: frCases, consultation: frConsultation, workflow: frWorkflow, caseList: frCaseList,
    reportForm: frReportForm, reports: frReports, dashboards: frDashboards, letters: frLetters, compliance: frCompliance, sessions: frSessions, agreements: frAgreements, notifications: frNotifications, jobs: frJobs,
    apiTokens: frApiTokens, audit: frAudit, unions: frUnions, security: frSecurity,
  },
  en: { ...en, enums: enEnums, tools: enTools, cases: enCases, consultation: enConsultation, workflow: enWorkflow, caseList: enCaseList,
    reportForm: enReportForm, reports: enReports, dashboards: enDashboards, letters: enLetters, compliance: enCompliance, sessions: enSessions, agreements: enAgreements, notifications: enNotifications, jobs: enJobs,
    apiTokens: enApiTokens, audit: enAudit, unions: enUnions, security: enSecurity,
  },
};
