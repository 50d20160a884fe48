/**
 * Who sees which dashboard (docs/decisions/0015). Pure: the queries apply these rules in SQL too.
 *
 * An employer's dashboard visibility names its widest audience, and each level includes the next:
 * - "reps": admins and the reps attached to the employer;
 * - "viewers": every signed-in account (viewers, and reps of other employers);
 * - "public": anyone, with no account (aggregates only, at /public).
 * Case links appear only for those who may read the employer's cases (admins, its reps). Everyone else
 * gets aggregates: no case, note, rep or reporter ever appears on a dashboard, whoever reads it.
 */
import { can, type TRole } from "@/lib/authz/permissions";

export const VISIBILITIES = ["public", "viewers", "reps"] as const;
export type TVisibility = (typeof VISIBILITIES)[number];

/** A signed-in reader, or null for a visitor with no account. */
export type TDashboardReader = { id: string; role: TRole; employerIds: readonly string[] } | null;

/** Visibilities whose dashboards the reader sees whatever the employer (reps add their own employers). */
export function openVisibilities(reader: TDashboardReader): TVisibility[] {
  if (reader === null) return ["public"];
  if (!can(reader.role, "dashboard:read")) return [];
  if (can(reader.role, "case:read:any")) return [...VISIBILITIES];
  return ["public", "viewers"];
}

/** Employers whose dashboards the reader sees beyond openVisibilities: a rep's own employers. */
export function ownEmployerIds(reader: TDashboardReader): readonly string[] {
  if (reader === null || !can(reader.role, "dashboard:read") || !can(reader.role, "case:read:assigned")) return [];
  return reader.employerIds;
}

export function canSeeDashboard(reader: TDashboardReader, employer: { id: string; visibility: TVisibility }): boolean {
  return openVisibilities(reader).includes(employer.visibility) || ownEmployerIds(reader).includes(employer.id);
}

/** Whether the dashboard's figures may link to the cases behind them (the reader can open those cases). */
export function canLinkCases(reader: TDashboardReader, employerId: string): boolean {
  if (reader === null) return false;
  if (can(reader.role, "case:read:any")) return true;
  return can(reader.role, "case:read:assigned") && reader.employerIds.includes(employerId);
}

/**
 * Whether the links open only part of what the figures count: the figures add up every union's cases
 * at the employer (ADR 0028), while a rep opens their own union's only. Readers of every case (admins)
 * open all of them; where one union works, its rep opens all of them too.
 */
export function canLinkCasesOfOwnUnionOnly(reader: TDashboardReader, employerId: string, unionsAtEmployer: number): boolean {
  if (reader === null || !canLinkCases(reader, employerId) || can(reader.role, "case:read:any")) return false;
  return unionsAtEmployer > 1;
}
