import { prisma } from "@/lib/db";

/**
 * A union by name (created on first use, "Syndicat test" / TEST by default): the union every factory
 * row belongs to unless told otherwise, so tests written before unions existed keep one union.
 */
export async function testUnion(name = "Syndicat test", shortName = "TEST"): Promise<string> {
  await prisma.$executeRaw`INSERT INTO unions (id, name, short_name, updated_at) VALUES (gen_random_uuid(), ${name}, ${shortName}, now()) ON CONFLICT DO NOTHING`;
  return (await prisma.union.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
}

/** Records that a union is present at an employer (its members' reports go to it). */
export async function placeUnion(unionId: string, employerId: string): Promise<void> {
  await prisma.unionEmployer.upsert({ where: { unionId_employerId: { unionId, employerId } }, create: { unionId, employerId }, update: {} });
}

/** The union of a case, for child rows written directly by a test. */
export async function caseUnionId(deploymentId: string): Promise<string> {
  return (await prisma.deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { unionId: true } })).unionId;
}

/** The union of a report copy. */
export async function reportUnionId(reportId: string): Promise<string> {
  return (await prisma.memberReport.findUniqueOrThrow({ where: { id: reportId }, select: { unionId: true } })).unionId;
}
