import "server-only";

import { prisma } from "@/lib/db";

/** `unionIds`: the unions present there, who will read a report naming it (issue 15). */
export type TReportableEmployer = { id: string; name: string; unionIds: string[] };
export type TReportableUnion = { id: string; name: string; shortName: string };

/**
 * The employers a member can pick on the public report form: id, legal name and the unions present
 * there only (the form is public, so nothing else about them leaves the server). About 500 rows at
 * most, sorted by name.
 */
export async function listReportableEmployers(): Promise<TReportableEmployer[]> {
  const rows = await prisma.employer.findMany({
    select: { id: true, legalName: true, unions: { select: { unionId: true } } },
    orderBy: { legalName: "asc" },
  });
  return rows.map((row) => ({ id: row.id, name: row.legalName, unionIds: row.unions.map((presence) => presence.unionId) }));
}

/** The unions of the instance, for the form's "which union reads it" (names only). */
export async function listReportableUnions(): Promise<TReportableUnion[]> {
  return prisma.union.findMany({ select: { id: true, name: true, shortName: true }, orderBy: { shortName: "asc" } });
}
