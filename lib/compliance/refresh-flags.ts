import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { FlagSeverity, FlagStatus } from "@/generated/prisma/enums";
import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { logger } from "@/lib/logger";
import { notifyMany } from "@/lib/notifications/notify";

import { readLegalCalendar } from "./calendar-store";
import { CASE_FACTS_SELECT, toCaseFactsInput } from "./case-facts";
import { evaluateCompliance } from "./evaluate";
import { parseComplianceFacts } from "./facts";
import type { TLegalCalendar } from "./legal-calendar";
import { asSystem } from "@/lib/db-context";

/** The evaluation date and the calendar the stored flags are computed with. */
export type TFlagContext = { at: TCalendarDate; calendar: TLegalCalendar };

type TTx = Prisma.TransactionClient;
/** A client that can open transactions (the app's, a script's or a seed's). */
type TTransactional = { $transaction: <T>(run: (tx: TTx) => Promise<T>, options?: { timeout?: number }) => Promise<T> };

/** Cases evaluated, flags they raise, cases whose flags changed, cases left alone (facts that do not parse). */
export type TRefreshCount = { cases: number; flags: number; changed: number; skipped: number };

/** Today in Paris and the calendar in force, read through `db` (a transaction sees its own edit). */
export async function currentFlagContext(db: Pick<TTx, "legalCalendarEntry">): Promise<TFlagContext> {
  return { at: todayInParis(), calendar: await readLegalCalendar(db) };
}

/**
 * Rewrites the case_flags rows of the given cases from their current facts, inside the caller's
 * transaction. Invariant: case_flags always equals evaluateCompliance() of the saved facts with the
 * calendar in force on the day of the last refresh, because case lists and dashboards filter and count
 * flags in SQL. Anything that changes a case's facts (the case, its consultation and overrides, its
 * employer's accord, its catalogue tool) must call this; the calendar edit and `npm run
 * compliance:refresh` (time makes rules applicable) recompute every case with refreshAllCaseFlags.
 * The case rows are locked first (in id order), so two refreshes of one case never interleave.
 */
export async function refreshFlagsOfCases(tx: TTx, caseIds: readonly string[], context?: TFlagContext): Promise<TRefreshCount> {
  if (caseIds.length === 0) return { cases: 0, flags: 0, changed: 0, skipped: 0 };
  const ids = [...new Set(caseIds)].sort();
  await tx.$queryRaw`SELECT id FROM deployments WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  const { at, calendar } = context ?? (await currentFlagContext(tx));
  const rows = await loadCaseFactsRows(tx, ids);
  const computed = new Map<string, TFlagRow[]>();
  let skipped = 0;
  for (const row of rows) {
    const parsed = parseComplianceFacts(toCaseFactsInput(row));
    if (!parsed.success) {
      // Only data written around the case form can get here: keep the case's last flags and say so.
      logger.warn({ caseId: row.id, issues: parsed.errors }, "case facts do not parse: flags left as they were");
      skipped += 1;
      continue;
    }
    const flags = evaluateCompliance(parsed.data, { at, calendar }).flags;
    computed.set(row.id, flags.map((flag) => ({ deploymentId: row.id, ruleId: flag.ruleId, severity: flag.severity, status: flag.status })));
  }
  const changed = await writeChangedFlags(tx, computed);
  const flags = [...computed.values()].reduce((sum, list) => sum + list.length, 0);
  return { cases: computed.size, flags, changed, skipped };
}

type TFlagRow = { deploymentId: string; ruleId: string; severity: FlagSeverity; status: FlagStatus };

const signature = (flags: readonly TFlagRow[]) =>
  flags
    .map((flag) => `${flag.ruleId}:${flag.severity}:${flag.status}`)
    .sort()
    .join(",");

/**
 * Rewrites the rows of the cases whose flags changed, and only those: after a calendar edit or a
 * nightly refresh most cases keep theirs. Raw SQL (unnest) because Prisma's createMany costs about
 * 0.3 ms a row, i.e. seconds for the 50,000 flags of a 20,000-case database.
 */
async function writeChangedFlags(tx: TTx, computed: ReadonlyMap<string, TFlagRow[]>): Promise<number> {
  const caseIds = [...computed.keys()];
  if (caseIds.length === 0) return 0;
  const stored = await tx.$queryRaw<TFlagRow[]>`
    SELECT deployment_id::text AS "deploymentId", rule_id AS "ruleId", severity::text AS severity, status::text AS status
    FROM case_flags WHERE deployment_id = ANY(${caseIds}::uuid[])`;
  const storedByCase = new Map<string, TFlagRow[]>();
  for (const row of stored) storedByCase.set(row.deploymentId, [...(storedByCase.get(row.deploymentId) ?? []), row]);
  const changed = caseIds.filter((id) => signature(storedByCase.get(id) ?? []) !== signature(computed.get(id) ?? []));
  if (changed.length === 0) return 0;
  const rows = changed.flatMap((id) => computed.get(id) ?? []);
  await notifyRaisedFlags(tx, storedByCase, rows);
  await tx.$executeRaw`DELETE FROM case_flags WHERE deployment_id = ANY(${changed}::uuid[])`;
  if (rows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO case_flags (deployment_id, union_id, rule_id, severity, status)
      SELECT t.deployment_id, d.union_id, t.rule_id, t.severity, t.status FROM unnest(
        ${rows.map((row) => row.deploymentId)}::uuid[],
        ${rows.map((row) => row.ruleId)}::varchar[],
        ${rows.map((row) => row.severity)}::"FlagSeverity"[],
        ${rows.map((row) => row.status)}::"FlagStatus"[]
      ) AS t(deployment_id, rule_id, severity, status)
      JOIN deployments d ON d.id = t.deployment_id`;
  }
  return changed.length;
}

/**
 * Tells the rep in charge of a case of each flag newly raised on it, or newly confirmed (was to check):
 * event flag_raised, once per case, rule and status (docs/decisions/0027). Flags that go away, or get
 * milder, notify nobody.
 */
async function notifyRaisedFlags(tx: TTx, storedByCase: ReadonlyMap<string, TFlagRow[]>, rows: readonly TFlagRow[]) {
  const raised = rows.filter((row) => {
    const before = storedByCase.get(row.deploymentId)?.find((flag) => flag.ruleId === row.ruleId);
    return !before || (before.status === "suspected" && row.status === "confirmed");
  });
  if (raised.length === 0) return;
  const cases = await tx.deployment.findMany({
    where: { id: { in: [...new Set(raised.map((row) => row.deploymentId))] }, repInChargeId: { not: null } },
    select: { id: true, localName: true, repInChargeId: true, employer: { select: { legalName: true } } },
  });
  const byId = new Map(cases.map((row) => [row.id, row]));
  await notifyMany(
    tx,
    "flag_raised",
    raised.flatMap((row) => {
      const found = byId.get(row.deploymentId);
      if (!found?.repInChargeId) return [];
      return [
        {
          userIds: [found.repInChargeId],
          dedupKey: `flag:${row.deploymentId}:${row.ruleId}:${row.status}`,
          params: { caseName: found.localName, employerName: found.employer.legalName, ruleId: row.ruleId, status: row.status },
          link: `/cases/${row.deploymentId}`,
          deploymentId: row.deploymentId,
        },
      ];
    }),
  );
}

const { employer: EMPLOYER_SELECT, tool: TOOL_SELECT, consultation: CONSULTATION_FACTS_SELECT, ...CASE_COLUMNS_SELECT } = CASE_FACTS_SELECT;

/**
 * The rows CASE_FACTS_SELECT would give, read with one query per table, one after the other.
 * NOTE: a nested select makes Prisma send the relation queries concurrently, which a transaction's
 * single pg connection only queues (with pg's deprecation warning).
 */
async function loadCaseFactsRows(tx: TTx, ids: string[]) {
  const cases = await tx.deployment.findMany({ where: { id: { in: ids } }, select: { id: true, employerId: true, toolId: true, ...CASE_COLUMNS_SELECT } });
  const employers = await tx.employer.findMany({ where: { id: { in: [...new Set(cases.map((row) => row.employerId))] } }, select: { id: true, ...EMPLOYER_SELECT.select } });
  const tools = await tx.aiTool.findMany({ where: { id: { in: [...new Set(cases.map((row) => row.toolId))] } }, select: { id: true, ...TOOL_SELECT.select } });
  const consultations = await tx.consultation.findMany({ where: { deploymentId: { in: ids } }, select: { deploymentId: true, ...CONSULTATION_FACTS_SELECT.select } });
  const employerById = new Map(employers.map(({ id, ...employer }) => [id, employer]));
  const toolById = new Map(tools.map(({ id, ...tool }) => [id, tool]));
  const consultationByCase = new Map(consultations.map(({ deploymentId, ...consultation }) => [deploymentId, consultation]));
  return cases.map(({ employerId, toolId, ...row }) => ({
    ...row,
    employer: employerById.get(employerId)!,
    tool: toolById.get(toolId)!,
    consultation: consultationByCase.get(row.id) ?? null,
  }));
}

/** One case: see refreshFlagsOfCases. */
export async function refreshCaseFlags(tx: TTx, caseId: string, context?: TFlagContext): Promise<TRefreshCount> {
  return refreshFlagsOfCases(tx, [caseId], context);
}

/** The cases of a catalogue tool or of an employer, to refresh after the tool or the accord changed. */
export async function refreshFlagsWhere(tx: TTx, where: Prisma.DeploymentWhereInput, context?: TFlagContext): Promise<TRefreshCount> {
  const cases = await tx.deployment.findMany({ where, select: { id: true } });
  return refreshFlagsOfCases(tx, cases.map((row) => row.id), context);
}

export const REFRESH_BATCH = 500;

/**
 * Every case, in batches of `batchSize` by id, each batch in its own short transaction: a case saved
 * meanwhile is refreshed either by its own save or by its batch, and no lock is held for long. Unless
 * given, the calendar is read again for each batch, so that a recompute still running when an admin
 * edits the calendar again writes its remaining batches with the newer calendar.
 */
export const refreshAllCaseFlags = asSystem(async function refreshAllCaseFlags(
  db: TTransactional,
  options: { at?: TCalendarDate; calendar?: TLegalCalendar; batchSize?: number; onBatch?: (done: TRefreshCount) => void } = {},
): Promise<TRefreshCount> {
  const batchSize = options.batchSize ?? REFRESH_BATCH;
  const total: TRefreshCount = { cases: 0, flags: 0, changed: 0, skipped: 0 };
  let after: string | undefined;
  for (;;) {
    const batch = await db.$transaction(
      async (tx) => {
        const ids = await tx.deployment.findMany({
          where: after === undefined ? {} : { id: { gt: after } },
          select: { id: true },
          orderBy: { id: "asc" },
          take: batchSize,
        });
        if (ids.length === 0) return null;
        const context = { at: options.at ?? todayInParis(), calendar: options.calendar ?? (await readLegalCalendar(tx)) };
        return { last: ids.at(-1)!.id, done: await refreshFlagsOfCases(tx, ids.map((row) => row.id), context) };
      },
      { timeout: 60_000 },
    );
    if (!batch) return total;
    after = batch.last;
    total.cases += batch.done.cases;
    total.flags += batch.done.flags;
    total.changed += batch.done.changed;
    total.skipped += batch.done.skipped;
    options.onBatch?.(total);
  }
});
