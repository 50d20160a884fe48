import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import type { TRole } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

export type TUnionRow = { id: string; name: string; shortName: string; members: number; employers: number };
export type TUnionDetail = {
  id: string;
  name: string;
  shortName: string;
  members: { id: string; name: string; email: string; role: TRole }[];
  /** Every employer, and whether the union is present there. */
  employers: { id: string; legalName: string; present: boolean }[];
  /** Accounts that may be put in this union (not in it yet). */
  candidates: { id: string; name: string; email: string; role: TRole; unionShortName: string | null }[];
};

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Admins: the unions of the instance, with how many accounts and employers each has. */
export const listUnions = actingFor(async function listUnions(actor: TCurrentUser): Promise<TUnionRow[]> {
  assertCan(actor, "union:manage");
  const rows = await prisma.union.findMany({
    select: { id: true, name: true, shortName: true, _count: { select: { users: true, employers: true } } },
    orderBy: { shortName: "asc" },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, members: _count.users, employers: _count.employers }));
});

export type TUnionChoice = { id: string; shortName: string; name: string; employerIds: string[] };

/** Admins creating an account: the unions it may belong to, and where each is present. */
export const listUnionChoices = actingFor(async function listUnionChoices(actor: TCurrentUser): Promise<TUnionChoice[]> {
  assertCan(actor, "user:manage");
  const rows = await prisma.union.findMany({
    select: { id: true, name: true, shortName: true, employers: { select: { employerId: true } } },
    orderBy: { shortName: "asc" },
  });
  return rows.map(({ employers, ...row }) => ({ ...row, employerIds: employers.map((presence) => presence.employerId) }));
});

/** Admins: one union, its members, where it is present, and who may join it. */
export const getUnion = actingFor(async function getUnion(actor: TCurrentUser, unionId: string): Promise<TUnionDetail> {
  assertCan(actor, "union:manage");
  if (!isUuid(unionId)) throw notFound();
  const union = await prisma.union.findUnique({
    where: { id: unionId },
    select: {
      id: true,
      name: true,
      shortName: true,
      users: { select: { id: true, name: true, email: true, role: true }, orderBy: { name: "asc" } },
      employers: { select: { employerId: true } },
    },
  });
  if (!union) throw notFound();
  const [employers, candidates] = await Promise.all([
    prisma.employer.findMany({ select: { id: true, legalName: true }, orderBy: { legalName: "asc" } }),
    prisma.user.findMany({
      where: { OR: [{ unionId: null }, { unionId: { not: union.id } }], deactivatedAt: null },
      select: { id: true, name: true, email: true, role: true, union: { select: { shortName: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const present = new Set(union.employers.map((row) => row.employerId));
  return {
    id: union.id,
    name: union.name,
    shortName: union.shortName,
    members: union.users,
    employers: employers.map((employer) => ({ ...employer, present: present.has(employer.id) })),
    candidates: candidates.map(({ union: current, ...user }) => ({ ...user, unionShortName: current?.shortName ?? null })),
  };
});
