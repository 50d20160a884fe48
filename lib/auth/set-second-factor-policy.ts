import "server-only";

import { assertRecentSecondFactor } from "@/lib/auth/second-factor";
import { policyTable, secondFactorRequired } from "@/lib/auth/second-factor-policy";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import type { TRole } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db";

/** The rule in force for each role (admin security page). */
export async function secondFactorPolicies(actor: TCurrentUser) {
  assertCan(actor, "user:manage");
  return policyTable(await prisma.secondFactorPolicy.findMany({ select: { role: true, required: true } }));
}

/**
 * Admin: whether a role must use a second factor, after a step-up. Users of a role that becomes
 * required are sent to enrolment at their next request. Audited.
 */
export async function setSecondFactorPolicy(actor: TCurrentUser, input: { role: TRole; required: boolean }): Promise<void> {
  assertCan(actor, "user:manage");
  assertRecentSecondFactor(actor);
  await prisma.$transaction(async (tx) => {
    const before = secondFactorRequired(input.role, await tx.secondFactorPolicy.findMany({ select: { role: true, required: true } }));
    await tx.secondFactorPolicy.upsert({ where: { role: input.role }, create: { role: input.role, required: input.required }, update: { required: input.required } });
    await recordAudit(tx, { actorId: actor.id, action: "second_factor.policy", entityType: "role", entityId: input.role, changes: { required: { before, after: input.required } } });
  });
}
