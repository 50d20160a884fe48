import "server-only";

import type { CaseOutcome, CaseStatus } from "@/generated/prisma/enums";
import type { TCurrentUser } from "@/lib/auth/session";
import { caseEmployerScope, caseScope } from "@/lib/authz/scope";
import { toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { assertCanWriteCases } from "@/lib/deployments/access";
import { AI_ACT_DATE_FIELDS, type TAiActDateField, type TAiActDatedAnswer, type TAiActNumberField, type TAiActTriField } from "@/lib/deployments/ai-act-schemas";
import { CASE_FACT_SELECT } from "@/lib/deployments/case-data";
import { readCaseHistory, type THistoryEntry } from "@/lib/deployments/history";
import type { TConcern, TMonitor, TPhase, TSource, TTriState } from "@/lib/deployments/schemas";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

export type { THistoryChange, THistoryEntry } from "@/lib/deployments/history";

export type TPerson = { id: string; name: string };
export type TToolOption = { id: string; vendor: string; productName: string };

export type TCaseDetail = {
  id: string;
  employer: { id: string; legalName: string };
  tool: TToolOption;
  repInCharge: TPerson | null;
  localName: string;
  description: string | null;
  servicesAffected: string[];
  jobFamilies: string[];
  headcountAffected: number | null;
  phase: TPhase;
  firstKnownOn: TCalendarDate;
  announcedOn: TCalendarDate | null;
  pilotStartOn: TCalendarDate | null;
  goLiveOn: TCalendarDate | null;
  source: TSource;
  concerns: TConcern[];
  monitors: TMonitor[];
  individualMonitoring: TTriState;
  jobsThreatened: number | null;
  jobsCut: number | null;
  statedGoal: string | null;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Whether the actor may edit the case (the page shows "Modifier" only then). */
  canEdit: boolean;
} & TAiActFacts;

/** The AI Act and GDPR facts (lib/deployments/ai-act-schemas.ts): unknown numbers are null. */
export type TAiActFacts = Record<TAiActTriField | TAiActDatedAnswer, TTriState> &
  Record<TAiActNumberField, number | null> &
  Record<TAiActDateField, TCalendarDate | null>;

export type TCaseFormOptions = {
  /** `unions`: present at the employer; each rep's union (a rep may be in charge of their union's cases only). */
  employers: { id: string; legalName: string; reps: (TPerson & { unionId: string | null })[]; unions: { id: string; shortName: string }[] }[];
  /** The actor belongs to no union (an admin): the form asks which union's case it is where several are present. */
  chooseUnion: boolean;
  /** Admins may be in charge of a case at any employer. */
  admins: TPerson[];
  tools: TToolOption[];
};

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Throws not_found unless the case exists and the actor may read it (a foreign id answers like a missing one). */
async function assertCaseReadable(actor: TCurrentUser, caseId: string): Promise<void> {
  if (!isUuid(caseId)) throw notFound();
  const found = await prisma.deployment.count({ where: { AND: [{ id: caseId }, caseScope(actor, "read")] } });
  if (found === 0) throw notFound();
}

export const getCase = actingFor(async function getCase(actor: TCurrentUser, caseId: string): Promise<TCaseDetail> {
  if (!isUuid(caseId)) throw notFound();
  const row = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: {
      ...CASE_FACT_SELECT,
      // The tool and the rep in charge travel as objects, not ids.
      toolId: false,
      repInChargeId: false,
      id: true,
      status: true,
      outcome: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      employer: { select: { id: true, legalName: true } },
      tool: { select: { id: true, vendor: true, productName: true } },
      repInCharge: { select: { id: true, name: true } },
    },
  });
  if (!row) throw notFound();
  const writable = await prisma.deployment.count({ where: { AND: [{ id: caseId }, caseScope(actor, "write")] } });
  const { firstKnownOn, announcedOn, pilotStartOn, goLiveOn, ...rest } = row;
  return {
    ...rest,
    ...(Object.fromEntries(AI_ACT_DATE_FIELDS.map((field) => [field, toCalendarDate(row[field])])) as Record<TAiActDateField, TCalendarDate | null>),
    firstKnownOn: toCalendarDate(firstKnownOn),
    announcedOn: toCalendarDate(announcedOn),
    pilotStartOn: toCalendarDate(pilotStartOn),
    goLiveOn: toCalendarDate(goLiveOn),
    canEdit: writable > 0,
  };
});

/** Every recorded change of a case (case facts, status, consultation…), newest first, with author names. */
export const getCaseHistory = actingFor(async function getCaseHistory(actor: TCurrentUser, caseId: string): Promise<THistoryEntry[]> {
  await assertCaseReadable(actor, caseId);
  return readCaseHistory(caseId);
});

/**
 * What the case form offers: the employers the actor may open cases at, with the people who may be in
 * charge there, and the tool catalogue.
 */
export const listCaseFormOptions = actingFor(async function listCaseFormOptions(actor: TCurrentUser): Promise<TCaseFormOptions> {
  assertCanWriteCases(actor);
  const [employers, admins, tools] = await Promise.all([
    prisma.employer.findMany({
      where: caseEmployerScope(actor),
      select: {
        id: true,
        legalName: true,
        reps: {
          where: { user: { deactivatedAt: null, role: "rep", ...(actor.unionId ? { unionId: actor.unionId } : {}) } },
          select: { user: { select: { id: true, name: true, unionId: true } } },
          orderBy: { user: { name: "asc" } },
        },
        unions: { select: { union: { select: { id: true, shortName: true } } }, orderBy: { union: { shortName: "asc" } } },
      },
      orderBy: { legalName: "asc" },
    }),
    prisma.user.findMany({ where: { role: "admin", deactivatedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.aiTool.findMany({ select: { id: true, vendor: true, productName: true }, orderBy: [{ vendor: "asc" }, { productName: "asc" }] }),
  ]);
  return {
    employers: employers.map(({ reps, unions, ...employer }) => ({
      ...employer,
      reps: reps.map((assignment) => assignment.user),
      unions: unions.map((presence) => presence.union),
    })),
    chooseUnion: actor.unionId === null,
    admins,
    tools,
  };
});
