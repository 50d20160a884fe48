/**
 * The free-text part of a member report, stored encrypted as one JSON document in
 * member_reports.content (lib/reports/crypto.ts). The intake schema (lib/reports/schemas.ts) validates
 * the form; this is the shape every reader (triage inbox, case creation, follow-up) decrypts.
 */
export type TReportContent = {
  /** The employer as the reporter typed it (always kept: admins assign unknown ones from it). */
  employerName?: string;
  /** Service or site, coarse and optional ("plateau d'appels de Lille"). */
  site?: string;
  /** The tool's name if the reporter knows it. */
  toolName?: string;
  whatItDoes: string;
  howNoticed: string;
  details?: string;
};
