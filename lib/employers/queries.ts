import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { employerReadScope } from "@/lib/authz/scope";
import { prisma } from "@/lib/db";
import { readAccordDelays } from "@/lib/consultations/facts";
import type { TAccordDelays } from "@/lib/consultations/schemas";
import { notFound } from "@/lib/errors";
import type { TCseBodyKind } from "@/lib/employers/cse-schemas";
import type { THeadcountBand, TSector } from "@/lib/employers/schemas";
import { actingFor } from "@/lib/db-context";

export type TEmployerSummary = { id: string; legalName: string; groupName: string | null; sector: TSector; repCount: number };
export type TEmployerDetail = TEmployerSummary & {
  siren: string | null;
  idcc: string | null;
  headcountBand: THeadcountBand | null;
  reps: { id: string; name: string }[];
  /** The unions present at the employer (issue 15). */
  unions: { id: string; shortName: string }[];
  updatedAt: Date;
  /** The bodies a consultation can name; `consultationCount` > 0 means it cannot be removed. */
  cseBodies: TCseBody[];
  /** Accord de méthode (L2312-16); null name: none, the legal delays apply. */
  accordName: string | null;
  /** Null when there is no accord, or when the stored value does not parse (the legal delays apply). */
  accordDelays: TAccordDelays | null;
};
export type TCseBody = { id: string; kind: TCseBodyKind; name: string; consultationCount: number };

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Employers the actor may read: all for admins, their own for reps, none otherwise. */
export const listEmployers = actingFor(async function listEmployers(actor: TCurrentUser): Promise<TEmployerSummary[]> {
  const employers = await prisma.employer.findMany({
    where: employerReadScope(actor),
    select: { id: true, legalName: true, groupName: true, sector: true, _count: { select: { reps: true } } },
    orderBy: { legalName: "asc" },
  });
  return employers.map(({ _count, ...employer }) => ({ ...employer, repCount: _count.reps }));
});

/** One employer, or `not_found` (also for an employer the actor may not read: nothing leaks). */
export const getEmployer = actingFor(async function getEmployer(actor: TCurrentUser, employerId: string): Promise<TEmployerDetail> {
  if (!isUuid(employerId)) throw notFound();
  const employer = await prisma.employer.findFirst({
    where: { AND: [{ id: employerId }, employerReadScope(actor)] },
    select: {
      id: true,
      legalName: true,
      groupName: true,
      sector: true,
      siren: true,
      idcc: true,
      headcountBand: true,
      updatedAt: true,
      accordName: true,
      accordDelays: true,
      cseBodies: {
        select: { id: true, kind: true, name: true, _count: { select: { consultations: true } } },
        orderBy: [{ kind: "asc" }, { name: "asc" }],
      },
      reps: {
        where: { user: { deactivatedAt: null, role: "rep" } },
        select: { user: { select: { id: true, name: true } } },
        orderBy: { user: { name: "asc" } },
      },
      unions: { select: { union: { select: { id: true, shortName: true } } }, orderBy: { union: { shortName: "asc" } } },
    },
  });
  if (!employer) throw notFound();
  const { reps, cseBodies, accordDelays, unions, ...rest } = employer;
  return {
    ...rest,
    cseBodies: cseBodies.map(({ _count, ...body }) => ({ ...body, consultationCount: _count.consultations })),
    accordDelays: readAccordDelays(accordDelays).delays ?? null,
    // The column only ever receives values validated by ZEmployerInput.
    headcountBand: rest.headcountBand as THeadcountBand | null,
    reps: reps.map((assignment) => assignment.user),
    unions: unions.map((presence) => presence.union),
    repCount: reps.length,
  };
});

export type TSectorCount = { sector: TSector; count: number };

/** Employers by sector, for the overview every signed-in role sees (aggregates only). */
export const countEmployersBySector = actingFor(async function countEmployersBySector(actor: TCurrentUser): Promise<TSectorCount[]> {
  assertCan(actor, "dashboard:read");
  const rows = await prisma.employer.groupBy({ by: ["sector"], _count: { _all: true }, orderBy: { sector: "asc" } });
  return rows.map((row) => ({ sector: row.sector, count: row._count._all }));
});
