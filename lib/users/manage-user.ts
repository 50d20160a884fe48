import "server-only";

import { assertRecentSecondFactor } from "@/lib/auth/second-factor";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { issueInvite, issueOneTimePassword } from "@/lib/users/credentials";
import { assertUnionPresent } from "@/lib/users/union-presence";
import type { TAssignment, TChangeRole, TSetActive } from "@/lib/users/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Admin operations on another account. Each bumps sessionVersion where access changes, so that the
 * user's open sessions stop at their next request. An admin never acts on their own account here
 * (no accidental self-lockout); they use the account page.
 */
async function loadTarget(actor: TCurrentUser, userId: string) {
  assertCan(actor, "user:manage");
  if (userId === actor.id) throw new AppError("forbidden", "errors.selfAction");
  // User management is sensitive: the admin proved the second factor within STEP_UP_MINUTES.
  assertRecentSecondFactor(actor);
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, deactivatedAt: true, unionId: true },
  });
  if (!user) throw notFound();
  return user;
}

export const changeRole = actingFor(async function changeRole(actor: TCurrentUser, input: TChangeRole): Promise<void> {
  const user = await loadTarget(actor, input.userId);
  if (user.role === input.role) return;
  if (input.role === "rep") {
    // A rep belongs to a union, present at each of their employers.
    if (user.unionId === null) throw new AppError("invalid", "unions.validation.repNeedsUnion", { field: "role" });
    const assigned = await prisma.employerAssignment.findMany({ where: { userId: user.id }, select: { employerId: true } });
    await assertUnionPresent(user.unionId, assigned.map((row) => row.employerId), "role");
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: input.role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role",
      entityType: "user",
      entityId: user.id,
      changes: { role: { before: user.role, after: input.role } },
    });
  });
});

export const setUserActive = actingFor(async function setUserActive(actor: TCurrentUser, input: TSetActive): Promise<void> {
  const user = await loadTarget(actor, input.userId);
  if (Boolean(user.deactivatedAt) === !input.active) return;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { deactivatedAt: input.active ? null : new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: user.id,
      changes: { active: { before: !user.deactivatedAt, after: input.active } },
    });
  });
});

export const attachEmployer = actingFor(async function attachEmployer(actor: TCurrentUser, input: TAssignment): Promise<void> {
  const user = await loadTarget(actor, input.userId);
  const employer = await prisma.employer.findUnique({ where: { id: input.employerId }, select: { id: true } });
  if (!employer) throw new AppError("invalid", "validation.unknownEmployer", { field: "employerId" });
  if (user.role === "rep" && user.unionId !== null) await assertUnionPresent(user.unionId, [employer.id], "employerId");
  await prisma.$transaction(async (tx) => {
    const created = await tx.employerAssignment.createMany({
      data: [{ userId: user.id, employerId: employer.id }],
      skipDuplicates: true,
    });
    if (created.count === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.attach-employer",
      entityType: "user",
      entityId: user.id,
      changes: { employerId: { before: null, after: employer.id } },
    });
  });
});

export const detachEmployer = actingFor(async function detachEmployer(actor: TCurrentUser, input: TAssignment): Promise<void> {
  const user = await loadTarget(actor, input.userId);
  await prisma.$transaction(async (tx) => {
    const removed = await tx.employerAssignment.deleteMany({ where: { userId: user.id, employerId: input.employerId } });
    if (removed.count === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.detach-employer",
      entityType: "user",
      entityId: user.id,
      changes: { employerId: { before: input.employerId, after: null } },
    });
  });
});

/** A new one-time password or invitation link for a user who lost access (old sessions end). */
export const resetCredentials = actingFor(async function resetCredentials(
  actor: TCurrentUser,
  input: { userId: string; credential: "password" | "invite" },
): Promise<{ oneTimePassword?: string; inviteToken?: string; inviteExpiresAt?: Date }> {
  const user = await loadTarget(actor, input.userId);
  return prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.reset-credentials",
      entityType: "user",
      entityId: user.id,
      changes: { credential: { before: null, after: input.credential } },
    });
    if (input.credential === "password") return { oneTimePassword: await issueOneTimePassword(tx, user.id) };
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
    const invite = await issueInvite(tx, user.id, actor.id);
    return { inviteToken: invite.token, inviteExpiresAt: invite.expiresAt };
  });
});
