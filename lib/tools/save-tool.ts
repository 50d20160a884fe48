import "server-only";

import { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit, type TChanges } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { refreshFlagsWhere } from "@/lib/compliance/refresh-flags";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { normalizeToolKey } from "@/lib/tools/normalize";
import { notify } from "@/lib/notifications/notify";
import { proposeToolCorrection } from "@/lib/tools/propose-correction";
import { TOOL_FIELDS_SELECT } from "@/lib/tools/queries";
import { repsFollowingToolByUnion, unionsUsingTool } from "@/lib/tools/usage";
import { DUPLICATE_TOOL_MESSAGE, type TDuplicateDetails, type TToolData, type TUpdateTool } from "@/lib/tools/schemas";
import { actingFor, asSystem } from "@/lib/db-context";

/** The error of a duplicate entry, on the product-name field, naming and linking the existing one. */
function duplicateOf(existing: TDuplicateDetails["duplicateOf"]): AppError {
  const details: TDuplicateDetails = { duplicateOf: existing };
  return new AppError("conflict", DUPLICATE_TOOL_MESSAGE, { field: "productName", details });
}

async function findHolder(dedupeKey: string) {
  return prisma.aiTool.findUnique({ where: { dedupeKey }, select: { id: true, vendor: true, productName: true } });
}

/** Refuses a key another entry already has (the friendly check; the unique index is the real one). */
async function assertKeyFree(dedupeKey: string, exceptId?: string): Promise<void> {
  const holder = await findHolder(dedupeKey);
  if (holder && holder.id !== exceptId) throw duplicateOf(holder);
}

/**
 * Two people saving the same tool at once both pass assertKeyFree; the unique index refuses the
 * second, which gets the same error as if it had been caught beforehand.
 */
async function withDuplicateRace<T>(dedupeKey: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const holder = await findHolder(dedupeKey);
      if (holder) throw duplicateOf(holder);
    }
    throw error;
  }
}

/** The catalogue fields the compliance engine reads (lib/compliance/case-facts.ts, `tool`). */
const TOOL_FACT_FIELDS = ["functions", "dataCategories", "trainsOnCustomerData", "trainsOnEmployeeData", "hostingRegion"];

function toData(input: TToolData) {
  return { ...input, dedupeKey: normalizeToolKey(input.vendor, input.productName) };
}

export const createTool = actingFor(async function createTool(actor: TCurrentUser, input: TToolData): Promise<{ id: string }> {
  assertCan(actor, "tool:create");
  const data = toData(input);
  await assertKeyFree(data.dedupeKey);
  return withDuplicateRace(data.dedupeKey, () =>
    prisma.$transaction(async (tx) => {
      const tool = await tx.aiTool.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "tool.create", entityType: "tool", entityId: tool.id, changes: diffFields({}, input) });
      return tool;
    }),
  );
});

/**
 * Writes a tool's new fields, its audit row and its cases' flags, inside the caller's transaction; the
 * reps of the other unions whose cases use it hear of it when its compliance facts changed.
 */
export const applyToolChange = asSystem(async function applyToolChange(
  tx: Prisma.TransactionClient,
  actorId: string,
  id: string,
  input: TToolData,
  changes: TChanges,
  notifyUnions: readonly string[],
  outcome: "accepted" | "changed",
): Promise<void> {
  await tx.aiTool.update({ where: { id }, data: toData(input) });
  await recordAudit(tx, { actorId, action: "tool.update", entityType: "tool", entityId: id, changes });
  // The entry's functions, data and hosting are facts of every case that uses it.
  if (!TOOL_FACT_FIELDS.some((field) => field in changes)) return;
  await refreshFlagsWhere(tx, { toolId: id });
  const toolName = `${input.vendor} ${input.productName}`;
  for (const [unionId, userIds] of await repsFollowingToolByUnion(tx, id, notifyUnions)) {
    await notify(tx, { event: "tool_correction_decided", userIds, dedupKey: `tool-change:${id}:${Date.now()}`, params: { toolName, outcome }, link: `/tools/${id}`, unionId });
  }
});

/**
 * A catalogue entry is shared (issue 15, point 2; docs/decisions/0029): a rep changes it directly only
 * while no other union's case uses it; otherwise the change becomes a correction proposed to those
 * unions (`correctionId` in the answer). An admin changes it directly and the unions using it are told.
 */
export const updateTool = actingFor(async function updateTool(actor: TCurrentUser, { id, ...input }: TUpdateTool): Promise<{ id: string; correctionId?: string }> {
  assertCan(actor, "tool:create");
  const before = await prisma.aiTool.findUnique({ where: { id }, select: TOOL_FIELDS_SELECT });
  if (!before) throw notFound();
  const data = toData(input);
  await assertKeyFree(data.dedupeKey, id);
  const changes = diffFields(before, input);
  if (Object.keys(changes).length === 0) return { id };
  const others = (await unionsUsingTool(prisma, id)).filter((unionId) => unionId !== actor.unionId);
  if (!can(actor.role, "tool:correction:arbitrate") && others.length > 0) {
    if (!actor.unionId) throw notFound();
    return { id, correctionId: await proposeToolCorrection({ ...actor, unionId: actor.unionId }, id, before, input, others) };
  }
  await withDuplicateRace(data.dedupeKey, () => prisma.$transaction((tx) => applyToolChange(tx, actor.id, id, input, changes, others, "changed")));
  return { id };
});
