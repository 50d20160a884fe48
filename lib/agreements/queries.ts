import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { caseEmployerScope, employerReadScope, agreementReadScope } from "@/lib/authz/scope";
import { toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

import type { TAgreementKind, TClauseKind } from "./schemas";
import { actingFor } from "@/lib/db-context";

export type TAgreementView = {
  id: string;
  employerId: string;
  employerName: string;
  title: string;
  kind: TAgreementKind;
  signedOn: TCalendarDate | null;
  outcome: string | null;
  isShared: boolean;
  clauses: { kind: TClauseKind; text: string }[];
};

const AGREEMENT_SELECT = {
  id: true,
  employerId: true,
  title: true,
  kind: true,
  signedOn: true,
  outcome: true,
  isShared: true,
  employer: { select: { legalName: true } },
  clauses: { select: { kind: true, text: true }, orderBy: { kind: "asc" } },
} as const;

type TRow = { signedOn: Date | null; employer: { legalName: string } } & Omit<TAgreementView, "signedOn" | "employerName">;

const toView = ({ employer, signedOn, ...row }: TRow): TAgreementView => ({ ...row, employerName: employer.legalName, signedOn: toCalendarDate(signedOn) });

/** An employer's agreements, for whoever may read the employer; `canWrite`: may record or remove them. */
export const listEmployerAgreements = actingFor(async function listEmployerAgreements(actor: TCurrentUser, employerId: string): Promise<{ agreements: TAgreementView[]; canWrite: boolean }> {
  const [employer, writable] = await Promise.all([
    prisma.employer.findFirst({ where: { AND: [{ id: employerId }, employerReadScope(actor)] }, select: { id: true } }),
    prisma.employer.count({ where: { AND: [{ id: employerId }, caseEmployerScope(actor)] } }),
  ]);
  if (!employer) throw notFound();
  const rows = await prisma.agreement.findMany({ where: { AND: [{ employerId }, agreementReadScope(actor)] }, select: AGREEMENT_SELECT, orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }] });
  return { agreements: rows.map(toView), canWrite: writable > 0 };
});

/**
 * The shared library, "what we obtained": every agreement its union chose to share, across employers,
 * with those of the actor's own employers, optionally only those with one clause. Reps and admins;
 * viewers (dashboards only) are refused.
 */
export const listLibraryAgreements = actingFor(async function listLibraryAgreements(actor: TCurrentUser, clause: TClauseKind | null): Promise<TAgreementView[]> {
  if (!can(actor.role, "case:read:any") && !can(actor.role, "case:read:assigned")) throw notFound();
  const rows = await prisma.agreement.findMany({
    where: {
      AND: [agreementReadScope(actor), clause ? { clauses: { some: { kind: clause } } } : {}],
    },
    select: AGREEMENT_SELECT,
    orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: 200,
  });
  return rows.map(toView);
});
