import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import type { TRole } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

export type TUserRow = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  active: boolean;
  pendingInvite: boolean;
  lastLoginAt: Date | null;
  employers: { id: string; legalName: string }[];
  /** The account's union, or null (instance admins, instance-wide viewers). */
  union: { id: string; shortName: string } | null;
};

const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  passwordHash: true,
  lastLoginAt: true,
  employers: { select: { employer: { select: { id: true, legalName: true } } }, orderBy: { employer: { legalName: "asc" } } },
  union: { select: { id: true, shortName: true } },
} as const;

type TUserRecord = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  deactivatedAt: Date | null;
  passwordHash: string | null;
  lastLoginAt: Date | null;
  employers: { employer: { id: string; legalName: string } }[];
  union: { id: string; shortName: string } | null;
};

function toRow(user: TUserRecord): TUserRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: !user.deactivatedAt,
    pendingInvite: !user.passwordHash,
    lastLoginAt: user.lastLoginAt,
    employers: user.employers.map((assignment) => assignment.employer),
    union: user.union,
  };
}

export const listUsers = actingFor(async function listUsers(actor: TCurrentUser): Promise<TUserRow[]> {
  assertCan(actor, "user:manage");
  const users = await prisma.user.findMany({ select: USER_SELECT, orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }] });
  return users.map(toRow);
});

export const getUser = actingFor(async function getUser(actor: TCurrentUser, userId: string): Promise<TUserRow> {
  assertCan(actor, "user:manage");
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw notFound();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: USER_SELECT });
  if (!user) throw notFound();
  return toRow(user);
});

/** Active accounts per role, for the admin home page. */
export const countActiveUsersByRole = actingFor(async function countActiveUsersByRole(actor: TCurrentUser): Promise<Record<TRole, number>> {
  assertCan(actor, "user:manage");
  const rows = await prisma.user.groupBy({ by: ["role"], where: { deactivatedAt: null }, _count: { _all: true } });
  const counts: Record<TRole, number> = { admin: 0, rep: 0, viewer: 0 };
  for (const row of rows) counts[row.role] = row._count._all;
  return counts;
});
