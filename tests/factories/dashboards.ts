import { randomBytes } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import { addDays, fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { caseUnionId, testUnion } from "./unions";

/** A calendar day counted from today in Paris (negative: in the past), as Prisma writes a `date`. */
export function day(offset: number): Date {
  return fromCalendarDate(addDays(todayInParis(), offset));
}

/** A consultation record written as saved (dates given as offsets from today). */
export async function createConsultation(deploymentId: string, data: Omit<Prisma.ConsultationUncheckedCreateInput, "deploymentId" | "unionId"> = {}) {
  return prisma.consultation.create({ data: { ...data, deploymentId, unionId: await caseUnionId(deploymentId) } });
}

/** A persisted deadline row (as refreshCaseDeadlines writes it). */
export async function createDeadlineRow(deploymentId: string, kind: string, dueOffset: number, doneOffset: number | null = null) {
  return prisma.caseDeadline.create({ data: { deploymentId, unionId: await caseUnionId(deploymentId), kind, dueOn: day(dueOffset), doneOn: doneOffset === null ? null : day(doneOffset) } });
}

/** A member report submitted `offset` days from today (content is opaque bytes here). */
export async function createReport(employerId: string | null, offset: number, overrides: Partial<Prisma.MemberReportUncheckedCreateInput> = {}) {
  return prisma.memberReport.create({
    data: {
      receiptHash: randomBytes(32).toString("hex"),
      employerId,
      content: new Uint8Array(randomBytes(48)),
      submittedOn: day(offset),
      lastActivityOn: day(offset),
      ...overrides,
      unionId: overrides.unionId ?? (await testUnion()),
    },
  });
}
