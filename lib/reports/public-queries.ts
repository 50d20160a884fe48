import "server-only";

import { prisma } from "@/lib/db";

export type TReportableEmployer = { id: string; name: string };

/**
 * The employers a member can pick on the public report form: id and legal name only (the form is
 * public, so nothing else about them leaves the server). About 500 rows at most, sorted by name.
 */
export async function listReportableEmployers(): Promise<TReportableEmployer[]> {
  const rows = await prisma.employer.findMany({ select: { id: true, legalName: true }, orderBy: { legalName: "asc" } });
  return rows.map((row) => ({ id: row.id, name: row.legalName }));
}
