// The authorization matrix of issue 15, point 5: every operation of the data-access layer on a record of
// union A at employer X, for an admin, a rep of union A at X, a rep of union B at the same X, an
// instance-wide viewer and a viewer of union A. The expected answer of each cell is computed from the
// permission table (lib/authz/permissions.ts) and the union rule, never written by hand: a role without
// the permission is refused; a rep of another union gets "not found", exactly like a missing id; a
// refused write writes nothing.
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { TCurrentUser } from "@/lib/auth/session";
import { can, type TPermission } from "@/lib/authz/permissions";
import { getCaseCompliance } from "@/lib/compliance/queries";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { getCase, getCaseHistory } from "@/lib/deployments/queries";
import { AppError } from "@/lib/errors";
import { getCaseLetters } from "@/lib/letters/queries";
import { addInternalNote } from "@/lib/reports/triage/add-internal-note";
import { changeReportStatus } from "@/lib/reports/triage/change-report-status";
import { getReportForTriage } from "@/lib/reports/triage/queries";
import { replyToReporter } from "@/lib/reports/triage/reply-to-reporter";
import { addCaseEvent } from "@/lib/workflow/add-event";
import { completeCaseTask } from "@/lib/workflow/complete-task";
import { createCaseTask } from "@/lib/workflow/create-task";
import { getCaseWorkflow } from "@/lib/workflow/queries";
import { transitionCase } from "@/lib/workflow/transition-case";
import { updateCaseTask } from "@/lib/workflow/update-task";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { createReport } from "@/tests/factories/triage";
import { testUnion } from "@/tests/factories/unions";

type TWorld = { caseId: string; reportId: string; taskId: string };
type TOperation = {
  name: string;
  /** The permission the operation needs (one of the pair ":any" / ":assigned" suffices). */
  permission: TPermission[];
  write: boolean;
  run: (actor: TCurrentUser, world: TWorld) => Promise<unknown>;
};

const CASE_READ: TPermission[] = ["case:read:any", "case:read:assigned"];
const CASE_WRITE: TPermission[] = ["case:write:any", "case:write:assigned"];
const TRIAGE: TPermission[] = ["report:triage:any", "report:triage:assigned"];

const OPERATIONS: TOperation[] = [
  { name: "getCase", permission: CASE_READ, write: false, run: (actor, w) => getCase(actor, w.caseId) },
  { name: "getCaseHistory", permission: CASE_READ, write: false, run: (actor, w) => getCaseHistory(actor, w.caseId) },
  { name: "getCaseWorkflow", permission: CASE_READ, write: false, run: (actor, w) => getCaseWorkflow(actor, w.caseId) },
  { name: "getCaseCompliance", permission: CASE_READ, write: false, run: (actor, w) => getCaseCompliance(actor, w.caseId) },
  { name: "getCaseLetters", permission: CASE_READ, write: false, run: (actor, w) => getCaseLetters(actor, w.caseId) },
  {
    name: "addCaseEvent",
    permission: CASE_WRITE,
    write: true,
    run: (actor, w) => addCaseEvent(actor, { caseId: w.caseId, type: "note", occurredOn: todayInParis(), title: "Note interne" }),
  },
  { name: "createCaseTask", permission: CASE_WRITE, write: true, run: (actor, w) => createCaseTask(actor, { caseId: w.caseId, title: "Relancer la direction" }) },
  { name: "updateCaseTask", permission: CASE_WRITE, write: true, run: (actor, w) => updateCaseTask(actor, { taskId: w.taskId, dueOn: "2027-05-03" }) },
  { name: "completeCaseTask", permission: CASE_WRITE, write: true, run: (actor, w) => completeCaseTask(actor, { taskId: w.taskId }) },
  { name: "transitionCase", permission: CASE_WRITE, write: true, run: (actor, w) => transitionCase(actor, { caseId: w.caseId, version: 1, toStatus: "qualified" }) },
  { name: "getReportForTriage", permission: TRIAGE, write: false, run: (actor, w) => getReportForTriage(actor, w.reportId) },
  { name: "addInternalNote", permission: TRIAGE, write: true, run: (actor, w) => addInternalNote(actor, { reportId: w.reportId, body: "Note entre élus" }) },
  { name: "replyToReporter", permission: TRIAGE, write: true, run: (actor, w) => replyToReporter(actor, { reportId: w.reportId, body: "Merci, nous regardons.", askForInformation: false }) },
  { name: "changeReportStatus", permission: TRIAGE, write: true, run: (actor, w) => changeReportStatus(actor, { reportId: w.reportId, toStatus: "not_ai" }) },
];

const ACTORS = ["admin", "repA", "repB", "viewerFederation", "viewerA"] as const;
type TActorKey = (typeof ACTORS)[number];

/** Every union-owned table, to prove a refused write wrote nothing. */
async function unionRows() {
  const tables = ["deployments", "case_events", "case_tasks", "member_reports", "report_messages", "audit_events"];
  return Promise.all(tables.map(async (table) => (await getPool().query(`SELECT * FROM ${table} ORDER BY 1`)).rows));
}

async function world() {
  const unionA = await testUnion("Union A", "UA");
  const unionB = await testUnion("Union B", "UB");
  const employer = await createEmployer({ unionIds: [unionA, unionB] });
  const actors: Record<TActorKey, TCurrentUser> = {
    admin: await createActor("admin"),
    repA: await createActor("rep", { employerIds: [employer.id], unionId: unionA }),
    repB: await createActor("rep", { employerIds: [employer.id], unionId: unionB }),
    viewerFederation: await createActor("viewer", { unionId: null }),
    viewerA: await createActor("viewer", { unionId: unionA }),
  };
  const found = await createCase(employer.id, { unionId: unionA });
  const report = await createReport(employer.id, { unionId: unionA });
  const task = await prisma.caseTask.create({ data: { deploymentId: found.id, unionId: unionA, title: "Relancer la DRH", dueOn: new Date("2027-04-01T00:00:00Z") }, select: { id: true } });
  return { actors, ids: { caseId: found.id, reportId: report.id, taskId: task.id }, unionA };
}

/** What the permission table and the union rule say this actor gets. */
function expected(key: TActorKey, actor: TCurrentUser, operation: TOperation, recordUnion: string): "ok" | "refused" | "not_found" {
  if (!operation.permission.some((permission) => can(actor.role, permission))) return "refused";
  if (key !== "admin" && actor.unionId !== recordUnion) return "not_found";
  return "ok";
}

async function outcome(call: Promise<unknown>): Promise<{ kind: "ok" } | { kind: "error"; code: string; messageKey: string }> {
  try {
    await call;
    return { kind: "ok" };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { kind: "error", code: error.code, messageKey: error.messageKey };
  }
}

describe("authorization matrix (issue 15, point 5)", () => {
  for (const operation of OPERATIONS) {
    for (const key of ACTORS) {
      it(`${operation.name} × ${key}`, async () => {
        const { actors, ids, unionA } = await world();
        const actor = actors[key];
        const want = expected(key, actor, operation, unionA);
        const before = operation.write ? await unionRows() : null;
        const got = await outcome(operation.run(actor, ids));
        if (want === "ok") {
          expect(got).toEqual({ kind: "ok" });
          return;
        }
        expect(got.kind).toBe("error");
        if (got.kind !== "error") return;
        if (want === "refused") expect(["forbidden", "not_found"]).toContain(got.code);
        else {
          expect(got.code).toBe("not_found");
          // A foreign id answers exactly like a missing one.
          const missing = await outcome(operation.run(actor, { caseId: randomUUID(), reportId: randomUUID(), taskId: randomUUID() }));
          expect(got).toEqual(missing);
        }
        if (before) expect(await unionRows()).toEqual(before);
      });
    }
  }
});
