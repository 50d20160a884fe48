import { randomBytes, randomUUID } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import type { TReportContent } from "@/lib/reports/content";
import { aad, encryptJson } from "@/lib/reports/crypto";
import { createReportMessages } from "@/lib/reports/report-messages";

import { reportUnionId, testUnion } from "./unions";

type TReportOverrides = Omit<Partial<Prisma.MemberReportUncheckedCreateInput>, "content" | "submittedOn" | "lastActivityOn" | "closedOn"> & {
  content?: Partial<TReportContent>;
  /** Calendar days ("YYYY-MM-DD"); today by default. */
  submittedOn?: string;
  lastActivityOn?: string;
  closedOn?: string | null;
};

/**
 * A member report as the intake writes it (encrypted content, day-only dates). The receipt hash is
 * random: these reports are reached through the triage side only.
 */
export async function createReport(employerId: string | null, overrides: TReportOverrides = {}) {
  const { content, submittedOn, lastActivityOn, closedOn, ...columns } = overrides;
  const today = todayInParis();
  const body: TReportContent = {
    employerName: "Nom tapé par l'adhérent",
    whatItDoes: "Un outil qui note chaque appel des conseillers et les classe entre eux.",
    howNoticed: "Une collègue a vu le tableau de bord en réunion d'équipe.",
    ...content,
  };
  const id = typeof columns.id === "string" ? columns.id : randomUUID();
  return prisma.memberReport.create({
    data: {
      receiptHash: randomBytes(32).toString("hex"),
      employerId,
      content: encryptJson(body, aad.reportContent(id)),
      concerns: ["surveillance"],
      ...columns,
      unionId: columns.unionId ?? (await testUnion()),
      id,
      submittedOn: fromCalendarDate(submittedOn ?? today),
      lastActivityOn: fromCalendarDate(lastActivityOn ?? submittedOn ?? today),
      closedOn: fromCalendarDate(closedOn ?? null),
    },
    select: { id: true, status: true, employerId: true },
  });
}

/** A message on a report (the reporter's by default), dated today unless told. */
export async function addReportMessage(reportId: string, body: string, options: { kind?: "reporter" | "rep" | "internal"; authorId?: string; sentOn?: string } = {}) {
  const unionId = await reportUnionId(reportId);
  const [id] = await prisma.$transaction((tx) =>
    createReportMessages(tx, [
      { reportId, unionId, kind: options.kind ?? "reporter", authorId: options.authorId ?? null, body, sentOn: fromCalendarDate(options.sentOn ?? todayInParis()) },
    ]),
  );
  return { id: id! };
}
