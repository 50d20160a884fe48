import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus, Concern, DeploymentPhase, FlagSeverity, FlagStatus, Sector } from "@/generated/prisma/enums";
import type { TCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { caseScope } from "@/lib/authz/scope";
import { addDays, fromCalendarDate, toCalendarDate, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { caseFigureFilter, knownInYearFilter } from "@/lib/dashboards/case-figure-filter";
import { ROLLOUT_FIGURES } from "@/lib/dashboards/case-figures";
import { ensureDashboardStats } from "@/lib/dashboards/refresh";
import { prisma, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { deadlineUrgency, DUE_SOON_DAYS, EMPLOYER_SEARCH_RESULTS, type TCaseListQuery, type TDeadlineUrgency, type TSortDir } from "@/lib/deployments/list-schemas";
import { forbidden } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

export type TCaseListRow = {
  id: string;
  localName: string;
  employer: { id: string; legalName: string; sector: Sector };
  tool: { id: string; vendor: string; productName: string };
  phase: DeploymentPhase;
  status: CaseStatus;
  concerns: Concern[];
  repInCharge: string | null;
  firstKnownOn: TCalendarDate;
  goLiveOn: TCalendarDate | null;
  /** The earliest deadline still open (CaseDeadline.doneOn null), late or not. */
  nextDeadline: { kind: string; dueOn: TCalendarDate; urgency: TDeadlineUrgency } | null;
  /** Stored compliance flags (case_flags), in rule order. */
  flags: { ruleId: string; severity: FlagSeverity; status: FlagStatus }[];
  updatedAt: Date;
};

export type TCaseListPage = { rows: TCaseListRow[]; total: number; page: number; pageCount: number; pageSize: number };

export type TEmployerOption = { id: string; legalName: string };

export type TCaseListOptions = {
  /** Every employer with a readable case; null when there are more than the filter lists (it searches then). */
  employers: TEmployerOption[] | null;
  /** The employer the list is filtered on, if the actor may read cases of it: selectable whatever the search. */
  selectedEmployer: TEmployerOption | null;
  tools: { id: string; vendor: string; productName: string }[];
  vendors: string[];
  reps: { id: string; name: string }[];
};

/** The client or a transaction: the export reads its batches inside one. */
type TDb = Pick<Db, "deployment" | "caseDeadline">;

const ROW_SELECT = {
  id: true,
  localName: true,
  phase: true,
  status: true,
  concerns: true,
  firstKnownOn: true,
  goLiveOn: true,
  updatedAt: true,
  employer: { select: { id: true, legalName: true, sector: true } },
  tool: { select: { id: true, vendor: true, productName: true } },
  repInCharge: { select: { name: true } },
  deadlines: { where: { doneOn: null }, orderBy: [{ dueOn: "asc" }, { kind: "asc" }], take: 1, select: { kind: true, dueOn: true } },
  flags: { select: { ruleId: true, severity: true, status: true } },
} satisfies Prisma.DeploymentSelect;

type TRowRecord = Prisma.DeploymentGetPayload<{ select: typeof ROW_SELECT }>;

function toRow(record: TRowRecord, today: TCalendarDate): TCaseListRow {
  const { deadlines, repInCharge, firstKnownOn, goLiveOn, flags, ...rest } = record;
  const next = deadlines[0];
  const dueOn = next ? toCalendarDate(next.dueOn) : null;
  return {
    ...rest,
    repInCharge: repInCharge?.name ?? null,
    firstKnownOn: toCalendarDate(firstKnownOn),
    goLiveOn: toCalendarDate(goLiveOn),
    nextDeadline: next && dueOn ? { kind: next.kind, dueOn, urgency: deadlineUrgency(dueOn, today) } : null,
    flags: [...flags].sort((a, b) => Number(a.ruleId.slice(1)) - Number(b.ruleId.slice(1))),
  };
}

/** Cases with a stored compliance flag: of any rule or of one, of any status or of one. */
function flagFilter({ flag, flagStatus }: Pick<TCaseListQuery, "flag" | "flagStatus">): Prisma.DeploymentWhereInput {
  return { flags: { some: { ...(flag && flag !== "any" ? { ruleId: flag } : {}), ...(flagStatus ? { status: flagStatus } : {}) } } };
}

export function canReadCases(actor: Pick<TCurrentUser, "role">): boolean {
  return can(actor.role, "case:read:any") || can(actor.role, "case:read:assigned");
}

function assertCanReadCases(actor: TCurrentUser): void {
  if (!canReadCases(actor)) throw forbidden();
}

/**
 * LIKE's wildcards and escape character, taken literally.
 * NOTE: Prisma passes `contains` to LIKE unescaped, so a typed % or _ would be a wildcard.
 */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Free text over the case and its employer and tool. ILIKE: case-insensitive, not accent-insensitive. */
function searchFilter(q: string): Prisma.DeploymentWhereInput {
  const contains = { contains: likeLiteral(q), mode: "insensitive" } as const;
  return {
    OR: [
      { localName: contains },
      { description: contains },
      { employer: { legalName: contains } },
      { tool: { OR: [{ vendor: contains }, { productName: contains }] } },
    ],
  };
}

function deadlineFilter(kind: "overdue" | "due_soon", today: TCalendarDate): Prisma.DeploymentWhereInput {
  const dueOn =
    kind === "overdue"
      ? { lt: fromCalendarDate(today) }
      : { gte: fromCalendarDate(today), lte: fromCalendarDate(addDays(today, DUE_SOON_DAYS)) };
  return { deadlines: { some: { doneOn: null, dueOn } } };
}

/**
 * The list's where clause. Invariant: the actor's read scope is always the first AND term, so a filter
 * naming a foreign employer, tool or rep can only narrow what the actor may already read.
 */
function caseListWhere(actor: TCurrentUser, query: TCaseListQuery, today: TCalendarDate): Prisma.DeploymentWhereInput {
  const filters: Prisma.DeploymentWhereInput[] = [caseScope(actor, "read")];
  if (query.employer) filters.push({ employerId: query.employer });
  if (query.sector) filters.push({ employer: { sector: query.sector } });
  if (query.phase) filters.push({ phase: query.phase });
  if (query.status) filters.push({ status: query.status });
  if (query.tool) filters.push({ toolId: query.tool });
  if (query.vendor) filters.push({ tool: { vendor: query.vendor } });
  if (query.concern) filters.push({ concerns: { has: query.concern } });
  if (query.rep) filters.push({ repInChargeId: query.rep });
  if (query.deadline) filters.push(deadlineFilter(query.deadline, today));
  if (query.flag || query.flagStatus) filters.push(flagFilter(query));
  if (query.figure) filters.push(caseFigureFilter(query.figure, today));
  if (query.year) filters.push(knownInYearFilter(query.year));
  if (query.q) filters.push(searchFilter(query.q));
  return { AND: filters };
}

/** Column orders; the id breaks ties so that pages never overlap or skip a row. Empty dates go last. */
function caseOrder(sort: Exclude<TCaseListQuery["sort"], "deadline">, dir: TSortDir): Prisma.DeploymentOrderByWithRelationInput[] {
  const byId = { id: "asc" } as const;
  switch (sort) {
    case "employer":
      return [{ employer: { legalName: dir } }, { updatedAt: "desc" }, byId];
    case "goLiveOn":
      return [{ goLiveOn: { sort: dir, nulls: "last" } }, byId];
    default:
      return [{ [sort]: dir }, byId];
  }
}

type TSlice = { skip: number; take: number };

async function findOrderedSlice(db: TDb, where: Prisma.DeploymentWhereInput, query: TCaseListQuery, slice: TSlice) {
  if (query.sort === "deadline") return findByNextDeadline(db, where, query.dir, slice);
  return db.deployment.findMany({ where, orderBy: caseOrder(query.sort, query.dir), select: ROW_SELECT, ...slice });
}

/**
 * Sort by the earliest open deadline. Prisma cannot order cases by an aggregate of a filtered relation,
 * so the order comes from CaseDeadline grouped by case (same scoped where, through the relation); the
 * cases with no open deadline follow, most recently updated first.
 */
async function findByNextDeadline(db: TDb, where: Prisma.DeploymentWhereInput, dir: TSortDir, { skip, take }: TSlice) {
  const groups = await db.caseDeadline.groupBy({
    by: ["deploymentId"],
    where: { doneOn: null, deployment: where },
    orderBy: [{ _min: { dueOn: dir } }, { deploymentId: "asc" }],
    skip,
    take,
  });
  const ids = groups.map((group) => group.deploymentId);
  const dated = ids.length
    ? await db.deployment.findMany({ where: { AND: [where, { id: { in: ids } }] }, select: ROW_SELECT })
    : [];
  const position = new Map(ids.map((id, index) => [id, index]));
  dated.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  if (ids.length === take) return dated;

  const undatedWhere = { AND: [where, { deadlines: { none: { doneOn: null } } }] };
  const datedTotal = ids.length > 0 ? skip + ids.length : await countCasesWithOpenDeadline(db, where);
  const undated = await db.deployment.findMany({
    where: undatedWhere,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: ROW_SELECT,
    skip: Math.max(0, skip - datedTotal),
    take: take - dated.length,
  });
  return [...dated, ...undated];
}

async function countCasesWithOpenDeadline(db: TDb, where: Prisma.DeploymentWhereInput): Promise<number> {
  return db.deployment.count({ where: { AND: [where, { deadlines: { some: { doneOn: null } } }] } });
}

/** One page of the cases the actor may read, filtered and sorted; a page past the end shows the last one. */
/** The rollout figures filter on case_rollouts (a dashboard aggregate): bring it up to date first. */
async function prepareFigureFilter(query: TCaseListQuery): Promise<void> {
  if (query.figure && ROLLOUT_FIGURES.includes(query.figure)) await ensureDashboardStats();
}

export const listCases = actingFor(async function listCases(actor: TCurrentUser, query: TCaseListQuery): Promise<TCaseListPage> {
  assertCanReadCases(actor);
  await prepareFigureFilter(query);
  const today = todayInParis();
  const where = caseListWhere(actor, query, today);
  const slice = (page: number) => ({ skip: (page - 1) * query.pageSize, take: query.pageSize });
  // Count and page run side by side; the rare page past the end costs one more query.
  const [total, records] = await Promise.all([prisma.deployment.count({ where }), findOrderedSlice(prisma, where, query, slice(query.page))]);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const pageRecords = page === query.page ? records : await findOrderedSlice(prisma, where, query, slice(page));
  return { rows: pageRecords.map((record) => toRow(record, today)), total, page, pageCount, pageSize: query.pageSize };
});

const EXPORT_BATCH = 1000;

/**
 * Every case of the list (all pages, same scope, filters and order) for the CSV export. Read in batches
 * inside one REPEATABLE READ transaction: a case saved meanwhile cannot appear twice or go missing.
 */
export const listCasesForExport = actingFor(async function listCasesForExport(actor: TCurrentUser, query: TCaseListQuery): Promise<TCaseListRow[]> {
  assertCanReadCases(actor);
  await prepareFigureFilter(query);
  const today = todayInParis();
  const where = caseListWhere(actor, query, today);
  const records = await prisma.$transaction(
    async (tx) => {
      const all: TRowRecord[] = [];
      for (let skip = 0; ; skip += EXPORT_BATCH) {
        const batch = await findOrderedSlice(tx, where, query, { skip, take: EXPORT_BATCH });
        all.push(...batch);
        if (batch.length < EXPORT_BATCH) return all;
      }
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
  return records.map((record) => toRow(record, today));
});

const EMPLOYER_SELECT = { id: true, legalName: true } satisfies Prisma.EmployerSelect;
const EMPLOYER_ORDER = [{ legalName: "asc" }, { id: "asc" }] satisfies Prisma.EmployerOrderByWithRelationInput[];

/**
 * What the filter form offers: only employers, tools and reps found on cases the actor may read. The
 * employers are listed up to `employerListMax`; a federation's thousands are searched by name instead
 * (searchCaseListEmployers), so the form stays the same size whatever the data (issue 5: 10× the data).
 */
export const getCaseListOptions = actingFor(async function getCaseListOptions(
  actor: TCurrentUser,
  selectedEmployerId?: string,
  employerListMax: number = env().CASE_FILTER_EMPLOYER_LIST_MAX,
): Promise<TCaseListOptions> {
  assertCanReadCases(actor);
  const onReadableCase = { some: caseScope(actor, "read") };
  const [listed, tools, reps] = await Promise.all([
    prisma.employer.findMany({ where: { deployments: onReadableCase }, select: EMPLOYER_SELECT, orderBy: EMPLOYER_ORDER, take: employerListMax + 1 }),
    prisma.aiTool.findMany({
      where: { deployments: onReadableCase },
      select: { id: true, vendor: true, productName: true },
      orderBy: [{ vendor: "asc" }, { productName: "asc" }],
    }),
    prisma.user.findMany({ where: { casesInCharge: onReadableCase }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  const vendors = [...new Set(tools.map((tool) => tool.vendor))];
  const employers = listed.length > employerListMax ? null : listed;
  const selectedEmployer = !selectedEmployerId
    ? null
    : employers
      ? (employers.find((employer) => employer.id === selectedEmployerId) ?? null)
      : await prisma.employer.findFirst({ where: { id: selectedEmployerId, deployments: onReadableCase }, select: EMPLOYER_SELECT });
  return { employers, selectedEmployer, tools, vendors, reps };
});

/**
 * The employer filter's search: employers with a case the actor may read whose name contains `q`
 * (case-insensitive, like the list's free search), first EMPLOYER_SEARCH_RESULTS by name.
 */
export const searchCaseListEmployers = actingFor(async function searchCaseListEmployers(actor: TCurrentUser, q: string): Promise<TEmployerOption[]> {
  assertCanReadCases(actor);
  return prisma.employer.findMany({
    where: { legalName: { contains: likeLiteral(q), mode: "insensitive" }, deployments: { some: caseScope(actor, "read") } },
    select: EMPLOYER_SELECT,
    orderBy: EMPLOYER_ORDER,
    take: EMPLOYER_SEARCH_RESULTS,
  });
});
