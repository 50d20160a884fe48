import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { caseScope, employerReadScope } from "@/lib/authz/scope";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { foldText } from "@/lib/tools/normalize";
import type { TAiFunction, TDataCategory, THostingRegion, TToolTriState } from "@/lib/tools/schemas";

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
  /** Across every employer: aggregates only, so a rep learns nothing about other employers' cases. */
  employerCount: number;
  caseCount: number;
  /** Employers the actor may read that use the tool, with the number of their cases the actor may read. */
  usedBy: { id: string; legalName: string; caseCount: number }[];
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

/** Distinct employers per tool, counted over every case (an aggregate every catalogue reader may see). */
async function countEmployersByTool(toolIds: string[]): Promise<Map<string, number>> {
  const pairs = await prisma.deployment.groupBy({ by: ["toolId", "employerId"], where: { toolId: { in: toolIds } } });
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(pair.toolId, (counts.get(pair.toolId) ?? 0) + 1);
  return counts;
}

/** The catalogue, sorted by vendor then name, with how many employers and cases use each tool. */
export async function listTools(actor: TCurrentUser, { q }: { q?: string } = {}): Promise<TToolRow[]> {
  assertCan(actor, "tool:read");
  const tools = await prisma.aiTool.findMany({
    where: searchWhere(q),
    select: { ...OPTION_SELECT, underlyingModel: true, functions: true, _count: { select: { deployments: true } } },
    orderBy: BY_VENDOR_THEN_NAME,
  });
  const employerCounts = await countEmployersByTool(tools.map((tool) => tool.id));
  return tools.map(({ _count, ...tool }) => ({ ...tool, caseCount: _count.deployments, employerCount: employerCounts.get(tool.id) ?? 0 }));
}

/** One catalogue entry, or `not_found` for a missing or malformed id. */
export async function getTool(actor: TCurrentUser, toolId: string): Promise<TToolDetail> {
  assertCan(actor, "tool:read");
  if (!isUuid(toolId)) throw notFound();
  const tool = await prisma.aiTool.findUnique({
    where: { id: toolId },
    select: {
      ...OPTION_SELECT,
      ...TOOL_FIELDS_SELECT,
      updatedAt: true,
      _count: { select: { deployments: true } },
    },
  });
  if (!tool) throw notFound();
  const [employerCounts, readable] = await Promise.all([
    countEmployersByTool([tool.id]),
    prisma.deployment.groupBy({
      by: ["employerId"],
      where: { AND: [{ toolId: tool.id }, caseScope(actor, "read"), { employer: employerReadScope(actor) }] },
      _count: { _all: true },
    }),
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
  };
}

export const SEARCH_LIMIT_MAX = 50;

/** The case form's tool picker: the first `limit` entries matching `q` (all when `q` is blank). */
export async function searchTools(actor: TCurrentUser, q: string, limit = 20): Promise<TToolOption[]> {
  assertCan(actor, "tool:read");
  const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), SEARCH_LIMIT_MAX);
  return prisma.aiTool.findMany({ where: searchWhere(q), select: OPTION_SELECT, orderBy: BY_VENDOR_THEN_NAME, take });
}

/** Every other entry, for the admin's merge form. */
export async function listMergeCandidates(actor: TCurrentUser, keepId: string): Promise<TToolOption[]> {
  assertCan(actor, "tool:merge");
  if (!isUuid(keepId)) throw notFound();
  return prisma.aiTool.findMany({ where: { id: { not: keepId } }, select: OPTION_SELECT, orderBy: BY_VENDOR_THEN_NAME });
}
