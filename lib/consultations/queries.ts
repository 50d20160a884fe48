import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import {
  computeDeadlines,
  deadlineStatus,
  sortDeadlines,
  type TBasis,
  type TDeadlineWithStatus,
  type TMessage,
  type TMissingFacts,
} from "@/lib/consultations/deadlines";
import {
  EMPTY_RECORD,
  missingDocuments,
  readAccordDelays,
  toConsultationFacts,
  type TConsultationDocument,
  type TConsultationRecord,
} from "@/lib/consultations/facts";
import { CONSULTATION_SELECT, toConsultationRecord } from "@/lib/consultations/record";
import { ZCaseId } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

export type TCseBodyOption = { id: string; name: string; kind: "cse" | "cse_central" | "cse_etablissement" | "cssct" };

export type TConsultationView = {
  caseId: string;
  caseName: string;
  /** The case version this view was read at (sent back by the form, see saveConsultation). */
  caseVersion: number;
  /** The actor may change this consultation (write scope on the case). */
  canEdit: boolean;
  /** False until the first save: `record` is then the empty record. */
  isRecorded: boolean;
  record: TConsultationRecord;
  /** The employer's CSE bodies, for the picker and to name the consulted one. */
  cseBodies: TCseBodyOption[];
  accord: { name: string | null; hasDelays: boolean; isReadable: boolean };
  today: TCalendarDate;
  d0: TBasis | null;
  /** Earliest first, each with its status on `today`. */
  deadlines: TDeadlineWithStatus[];
  missingFacts: TMissingFacts[];
  warnings: TMessage[];
  missingDocuments: TConsultationDocument[];
};

async function canWriteCase(actor: TCurrentUser, caseId: string): Promise<boolean> {
  return (await prisma.deployment.count({ where: { AND: [{ id: caseId }, caseScope(actor, "write")] } })) > 0;
}

/**
 * A case's consultation with its deadlines as of today (Paris), or `not_found` for a case the actor
 * may not read (viewers read none), exactly as for a missing one.
 */
export const getConsultationView = actingFor(async function getConsultationView(
  actor: TCurrentUser,
  caseId: string,
  today: TCalendarDate = todayInParis(),
): Promise<TConsultationView> {
  if (!ZCaseId.safeParse(caseId).success) throw notFound();
  const target = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: {
      id: true,
      localName: true,
      version: true,
      employer: {
        select: {
          accordName: true,
          accordDelays: true,
          cseBodies: { select: { id: true, name: true, kind: true }, orderBy: [{ kind: "asc" }, { name: "asc" }] },
        },
      },
      consultation: { select: CONSULTATION_SELECT },
    },
  });
  if (!target) throw notFound();
  const { employer } = target;
  const record = target.consultation ? toConsultationRecord(target.consultation) : EMPTY_RECORD;
  const accord = readAccordDelays(employer.accordDelays);
  const schedule = computeDeadlines(toConsultationFacts(record, accord.delays));
  return {
    caseId: target.id,
    caseName: target.localName,
    caseVersion: target.version,
    canEdit: await canWriteCase(actor, target.id),
    isRecorded: target.consultation !== null,
    record,
    cseBodies: employer.cseBodies,
    accord: { name: employer.accordName, hasDelays: accord.delays !== undefined, isReadable: accord.isValid },
    today,
    d0: schedule.d0 ?? null,
    deadlines: sortDeadlines(schedule.deadlines).map((deadline) => ({
      ...deadline,
      status: deadlineStatus(deadline.dueDate, today, { done: deadline.doneOn !== undefined }),
    })),
    missingFacts: schedule.missing,
    warnings: schedule.warnings,
    missingDocuments: missingDocuments(record.documentsReceived),
  };
});
