import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { caseScope, employerReadScope } from "@/lib/authz/scope";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { foldText } from "@/lib/tools/normalize";
import type { TAiFunction, TDataCategory, THostingRegion, TToolTriState } from "@/lib/tools/schemas";
import { actingFor } from "@/lib/db-context";

export type TToolOption = { id: string; vendor: string; productName: string };
export type TToolRow = TToolOption & { underlyingModel: string | null; functions: TAiFunction[]; employerCount: number; caseCount: number };
export type TToolDetail = TToolOption & {
  underlyingModel: string | null;
  functions: TAiFunction[];
  dataCategories: TDataCategory[];
  dataProcessed: string | null;
  hostingRegion: THostingRegion;
  trainsOnCustomerData: TToolTriState;
  trainsOnEmployeeData: TToolTriState;
  updatedAt: Date;
  /** A rep's union's cases only (issue 15: no count of other unions' work); every case for an admin. */
  employerCount: number;
  caseCount: number;
  /** Employers the actor may read that use the tool, with the number of their cases the actor may read. */
  usedBy: { id: string; legalName: string; caseCount: number }[];
  /** Another union's case uses it: a rep's change becomes a proposed correction (ADR 0029). */
  sharedWithOtherUnions: boolean;
  /** Pending corrections the actor has a say in or proposed. */
  corrections: TToolCorrectionView[];
};

export type TToolCorrectionView = {
  id: string;
  /** The proposing union's short name. */
  unionName: string;
  createdAt: Date;
  changes: { field: string; before: unknown; after: unknown }[];
  /** Proposed by the actor's union: waiting for the others. */
  mine: boolean;
  /** The actor's union's answer so far (null: not yet). */
  myAnswer: boolean | null;
  canAnswer: boolean;
  canArbitrate: boolean;
};

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const OPTION_SELECT = { id: true, vendor: true, productName: true } as const;

/** Every field of a catalogue entry that people enter (the tool card, and the "before" of an edit). */
export const TOOL_FIELDS_SELECT = {
  vendor: true,
  productName: true,
  underlyingModel: true,
  functions: true,
  dataCategories: true,
  dataProcessed: true,
  hostingRegion: true,
  trainsOnCustomerData: true,
  trainsOnEmployeeData: true,
} as const;
const BY_VENDOR_THEN_NAME: Prisma.AiToolOrderByWithRelationInput[] = [{ vendor: "asc" }, { productName: "asc" }, { id: "asc" }];

/** Matches vendor, product name or model; the folded key also finds "Credit Agricole" for "Crédit Agricole". */
function searchWhere(q: string | undefined): Prisma.AiToolWhereInput {
  const text = q?.trim() ?? "";
  if (text === "") return {};
  const folded = foldText(text);
  return {
    OR: [
      { vendor: { contains: text, mode: "insensitive" } },
      { productName: { contains: text, mode: "insensitive" } },
      { underlyingModel: { contains: text, mode: "insensitive" } },
      ...(folded === "" ? [] : [{ dedupeKey: { contains: folded } }]),
    ],
  };
}

/** The cases whose use of a tool an actor is shown: their union's for a rep (issue 15), all for an admin. */
function usageScope(actor: TCurrentUser): Prisma.DeploymentWhereInput {
  return actor.unionId ? { unionId: actor.unionId } : {};
}

/** Distinct employers per tool, over the cases of usageScope (small-number protection by construction). */
async function countEmployersByTool(actor: TCurrentUser, toolIds: string[]): Promise<Map<string, number>> {
  const pairs = await prisma.deployment.groupBy({ by: ["toolId", "employerId"], where: { toolId: { in: toolIds }, ...usageScope(actor) } });
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(pair.toolId, (counts.get(pair.toolId) ?? 0) + 1);
  return counts;
}

/** The catalogue, sorted by vendor then name, with how many employers and cases use each tool. */
export const listTools = actingFor(async function listTools(actor: TCurrentUser, { q }: { q?: string } = {}): Promise<TToolRow[]> {
  assertCan(actor, "tool:read");
  const tools = await prisma.aiTool.findMany({
    where: searchWhere(q),
    select: { ...OPTION_SELECT, underlyingModel: true, functions: true, _count: { select: { deployments: { where: usageScope(actor) } } } },
    orderBy: BY_VENDOR_THEN_NAME,
  });
  const employerCounts = await countEmployersByTool(actor, tools.map((tool) => tool.id));
  return tools.map(({ _count, ...tool }) => ({ ...tool, caseCount: _count.deployments, employerCount: employerCounts.get(tool.id) ?? 0 }));
});

/** One catalogue entry, or `not_found` for a missing or malformed id. */
export const getTool = actingFor(async function getTool(actor: TCurrentUser, toolId: string): Promise<TToolDetail> {
  assertCan(actor, "tool:read");
  if (!isUuid(toolId)) throw notFound();
  const tool = await prisma.aiTool.findUnique({
    where: { id: toolId },
    select: {
      ...OPTION_SELECT,
      ...TOOL_FIELDS_SELECT,
      updatedAt: true,
      _count: { select: { deployments: { where: usageScope(actor) } } },
    },
  });
  if (!tool) throw notFound();
  const [employerCounts, readable, sharedWithOtherUnions, corrections] = await Promise.all([
    countEmployersByTool(actor, [tool.id]),
    prisma.deployment.groupBy({
      by: ["employerId"],
      where: { AND: [{ toolId: tool.id }, caseScope(actor, "read"), { employer: employerReadScope(actor) }] },
      _count: { _all: true },
    }),
    actor.unionId ? prisma.deployment.count({ where: { toolId: tool.id, unionId: { not: actor.unionId } } }).then((count) => count > 0) : Promise.resolve(false),
    listToolCorrections(actor, tool.id),
  ]);
  const employers = await prisma.employer.findMany({
    where: { id: { in: readable.map((row) => row.employerId) } },
    select: { id: true, legalName: true },
    orderBy: { legalName: "asc" },
  });
  const casesOf = new Map(readable.map((row) => [row.employerId, row._count._all]));
  const { _count, ...rest } = tool;
  return {
    ...rest,
    caseCount: _count.deployments,
    employerCount: employerCounts.get(tool.id) ?? 0,
    usedBy: employers.map((employer) => ({ ...employer, caseCount: casesOf.get(employer.id) ?? 0 })),
    sharedWithOtherUnions,
    corrections,
  };
});

/**
 * The pending corrections of a tool the actor has a say in (issue 15, point 2): every one for an admin;
 * for a rep, their union's own proposals and those of other unions when their union's cases use the tool.
 */
export const listToolCorrections = actingFor(async function listToolCorrections(actor: TCurrentUser, toolId: string): Promise<TToolCorrectionView[]> {
  const canArbitrate = can(actor.role, "tool:correction:arbitrate");
  const unionId = actor.unionId;
  if (!canArbitrate && (!unionId || !can(actor.role, "tool:correction:answer"))) return [];
  const usesTool = unionId ? (await prisma.deployment.count({ where: { toolId, unionId } })) > 0 : false;
  const rows = await prisma.toolCorrection.findMany({
    where: {
      toolId,
      status: "pending",
      ...(canArbitrate ? {} : { OR: [{ unionId: unionId! }, ...(usesTool ? [{ unionId: { not: unionId! } }] : [])] }),
    },
    select: {
      id: true,
      unionId: true,
      createdAt: true,
      proposed: true,
      previous: true,
      union: { select: { shortName: true } },
      answers: { select: { unionId: true, accepted: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => {
    const previous = (row.previous ?? {}) as Record<string, unknown>;
    const proposed = (row.proposed ?? {}) as Record<string, unknown>;
    const mine = row.unionId === unionId;
    const answer = row.answers.find((item) => item.unionId === unionId);
    return {
      id: row.id,
      unionName: row.union.shortName,
      createdAt: row.createdAt,
      changes: Object.entries(diffFields(previous, proposed)).map(([field, change]) => ({ field, ...change })),
      mine,
      myAnswer: answer ? answer.accepted : null,
      canAnswer: !mine && usesTool && can(actor.role, "tool:correction:answer"),
      canArbitrate,
    };
  });
});

export const SEARCH_LIMIT_MAX = 50;

/** The case form's tool picker: the first `limit` entries matching `q` (all when `q` is blank). */
export const searchTools = actingFor(async function searchTools(actor: TCurrentUser, q: string, limit = 20): Promise<TToolOption[]> {
  assertCan(actor, "tool:read");
  const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), SEARCH_LIMIT_MAX);
  return prisma.aiTool.findMany({ where: searchWhere(q), select: OPTION_SELECT, orderBy: BY_VENDOR_THEN_NAME, take });
});

/** Every other entry, for the admin's merge form. */
export const listMergeCandidates = actingFor(async function listMergeCandidates(actor: TCurrentUser, keepId: string): Promise<TToolOption[]> {
  assertCan(actor, "tool:merge");
  if (!isUuid(keepId)) throw notFound();
  return prisma.aiTool.findMany({ where: { id: { not: keepId } }, select: OPTION_SELECT, orderBy: BY_VENDOR_THEN_NAME });
});
