import { beforeEach, describe, expect, it } from "vitest";

import { todayInParis } from "@/lib/consultations/calendar-date";
import { getEmployerDashboard, getSectorDashboard } from "@/lib/dashboards/queries";
import { ensureDashboardStats, rebuildDashboardStats } from "@/lib/dashboards/refresh";
import { parseSectorQuery } from "@/lib/dashboards/schemas";
import { setDashboardVisibility } from "@/lib/dashboards/set-visibility";
import { prisma } from "@/lib/db";
import { listCases } from "@/lib/deployments/list";
import { getCase } from "@/lib/deployments/queries";
import { parseCaseListQuery } from "@/lib/deployments/list-schemas";
import { createActor, createEmployer } from "@/tests/factories";
import { placeUnion, testUnion } from "@/tests/factories/unions";
import { createCase, createTool } from "@/tests/factories/cases";
import { createConsultation, createDeadlineRow, createReport, day } from "@/tests/factories/dashboards";
import { expectAppError } from "@/tests/setup/expect-app-error";

/**
 * A small known sector, counted by hand. Employer A (public) holds the rule's edge cases:
 *   c1 go-live T-30, avis T-30 (same day)                 → complete before   D0 T-100, known T-110 (10 d), expert, DUERP
 *   c2 pilot T-60, go-live T-10, avis T-40                → went live first   D0 T-90, known T-95 (5 d), monitoring, 8 jobs threatened
 *   c3 go-live T-5, no avis, deadline T-50 (réputé nég.)  → complete before   D0 T-80, known T-120 (40 d), expert
 *   c4 go-live T-50, no avis, deadline T-50 (same day)    → went live first   D0 T-60, known T-60 (0 d)
 *   c5 pilot phase, no dates                              → undated           monitors calls, 12 jobs threatened
 *   c6 pilot planned T+10, resolved                       → not started       3 jobs cut, concern surveillance
 *   c7 avis "réputé négatif" recorded T-20, go-live T-15  → complete before   D0 T-70, known T-85 (15 d), DUERP
 *   c8 rumour, known 10 May 2023                          → not started       (the 2023 period)
 * Employer B (viewers) has one case that went live first; employer C (reps) one announced case with A's tool X.
 */
type TWorld = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const [a, b, c] = await Promise.all([
    createEmployer({ legalName: "A Banque publique", sector: "banque" }),
    createEmployer({ legalName: "B Assurance lecteurs", sector: "assurance" }),
    createEmployer({ legalName: "C Banque réservée", sector: "banque" }),
  ]);
  await prisma.employer.update({ where: { id: a.id }, data: { dashboardVisibility: "public" } });
  await prisma.employer.update({ where: { id: b.id }, data: { dashboardVisibility: "viewers" } });
  const toolX = await createTool({ vendor: "Microsoft", productName: "Copilot" });

  const c1 = await createCase(a.id, { toolId: toolX.id, phase: "production", firstKnownOn: day(-110), goLiveOn: day(-30), concerns: ["surveillance", "job_cuts"] });
  await createConsultation(c1.id, { infoGivenOn: day(-100), avisOn: day(-30), avis: "favourable", expertAppointed: true, duerpUpdatedOn: day(-20) });
  await createDeadlineRow(c1.id, "consultation", -40, -30);
  const c2 = await createCase(a.id, { toolId: toolX.id, phase: "production", firstKnownOn: day(-95), pilotStartOn: day(-60), goLiveOn: day(-10), individualMonitoring: "yes", jobsThreatened: 8 });
  await createConsultation(c2.id, { infoGivenOn: day(-90), avisOn: day(-40), avis: "defavorable" });
  await createDeadlineRow(c2.id, "court_referral", 3);
  const c3 = await createCase(a.id, { phase: "rollout", firstKnownOn: day(-120), goLiveOn: day(-5) });
  await createConsultation(c3.id, { bdeseNoticeOn: day(-80), expertAppointed: true });
  await createDeadlineRow(c3.id, "consultation", -50);
  const c4 = await createCase(a.id, { phase: "production", firstKnownOn: day(-60), goLiveOn: day(-50) });
  await createConsultation(c4.id, { infoGivenOn: day(-60) });
  await createDeadlineRow(c4.id, "consultation", -50);
  const c5 = await createCase(a.id, { phase: "pilot", firstKnownOn: day(-30), monitors: ["calls"], jobsThreatened: 12 });
  const c6 = await createCase(a.id, { phase: "announced", status: "resolved", firstKnownOn: day(-20), pilotStartOn: day(10), jobsCut: 3, concerns: ["surveillance"] });
  const c7 = await createCase(a.id, { phase: "production", firstKnownOn: day(-85), goLiveOn: day(-15) });
  await createConsultation(c7.id, { infoGivenOn: day(-70), avis: "reputed_negative", avisOn: day(-20), duerpUpdatedOn: day(-10) });
  const c8 = await createCase(a.id, { phase: "rumour", firstKnownOn: new Date("2023-05-10T00:00:00Z") });
  await prisma.caseFlag.createMany({
    data: [
      { deploymentId: c2.id, unionId: c2.unionId, ruleId: "F1", severity: "critical", status: "confirmed" },
      { deploymentId: c4.id, unionId: c4.unionId, ruleId: "F1", severity: "critical", status: "confirmed" },
      { deploymentId: c5.id, unionId: c5.unionId, ruleId: "F2", severity: "high", status: "suspected" },
    ],
  });
  // Reports of A: 6 in the 90-day window (one on its first day), one older, one duplicate; B: 2.
  for (const offset of [0, -1, -10, -30, -60, -89]) await createReport(a.id, offset);
  await createReport(a.id, -90);
  await createReport(a.id, -5, { status: "duplicate" });
  await createReport(b.id, -3);
  await createReport(b.id, -4);

  const b1 = await createCase(b.id, { phase: "pilot", firstKnownOn: day(-40), pilotStartOn: day(-30) });
  const c9 = await createCase(c.id, { toolId: toolX.id, phase: "announced", firstKnownOn: day(-15) });

  const [admin, viewer, repAC, repB] = await Promise.all([
    createActor("admin"),
    createActor("viewer"),
    createActor("rep", { employerIds: [a.id, c.id] }),
    createActor("rep", { employerIds: [b.id] }),
  ]);
  return { a, b, c, toolX, cases: { c1, c2, c3, c4, c5, c6, c7, c8, b1, c9 }, admin, viewer, repAC, repB };
}

let world: TWorld;
beforeEach(async () => {
  world = await buildWorld();
});

describe("employer dashboard figures (hand-counted)", () => {
  it("computes every figure of employer A, including the rule's edges", async () => {
    const dashboard = await getEmployerDashboard(world.admin, world.a.id, 0);
    expect(dashboard.asOf).toBe(todayInParis());
    expect(dashboard.figures).toEqual({
      cases: 8,
      tools: 7,
      openCases: 7,
      started: 5,
      completeBefore: 3,
      liveFirst: 2,
      undatedLive: 1,
      consultations: 5,
      medianDaysToD0: 10,
      expertise: 2,
      duerpUpdated: 2,
      monitoring: 2,
      jobsThreatened: 20,
      jobsThreatenedCases: 2,
      jobsCut: 3,
      jobsCutCases: 1,
      overdueCases: 2,
      dueSoonCases: 1,
    });
    expect(dashboard.rates).toEqual({ completeBefore: 0.6, liveFirst: 0.4, expertise: 0.4, duerpUpdated: 2 / 6 });
    expect(dashboard.reports).toEqual({ kind: "exact", value: 6 });
    expect(dashboard.canLinkCases).toBe(true);
  });

  it("breaks the cases down by phase, status, concern, monitor, flag, tool and month", async () => {
    const { breakdown } = await getEmployerDashboard(world.admin, world.a.id, 0);
    const asMap = (rows: { key: string; cases: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.cases]));
    expect(asMap(breakdown.phase)).toEqual({ production: 4, rollout: 1, pilot: 1, announced: 1, rumour: 1 });
    expect(asMap(breakdown.status)).toEqual({ reported: 7, resolved: 1 });
    expect(breakdown.concern).toEqual([{ key: "surveillance", cases: 2 }, { key: "job_cuts", cases: 1 }]);
    expect(breakdown.monitor).toEqual([{ key: "calls", cases: 1 }]);
    expect(breakdown.flag).toEqual([{ key: "F1", cases: 2 }, { key: "F2", cases: 1 }]);
    expect(breakdown.tool[0]).toMatchObject({ id: world.toolX.id, vendor: "Microsoft", productName: "Copilot", count: 2 });
    expect(breakdown.tool).toHaveLength(7);
    expect(breakdown.month.reduce((sum, row) => sum + row.cases, 0)).toBe(8);
    expect(breakdown.month[0]).toEqual({ key: "2023-05", cases: 1 });
  });

  it("a period keeps only the cases known that year", async () => {
    const dashboard = await getEmployerDashboard(world.admin, world.a.id, 2023);
    expect(dashboard.figures).toMatchObject({ cases: 1, openCases: 1, started: 0, consultations: 0, medianDaysToD0: null });
    expect(dashboard.breakdown.phase).toEqual([{ key: "rumour", cases: 1 }]);
    const empty = await getEmployerDashboard(world.admin, world.a.id, 2001);
    expect(empty.figures.cases).toBe(0);
    expect(empty.rates.completeBefore).toBeNull();
  });

  it("report counts under the threshold are never shown exactly", async () => {
    expect((await getEmployerDashboard(world.admin, world.b.id, 0)).reports).toEqual({ kind: "fewer_than", threshold: 5 });
    expect((await getEmployerDashboard(world.repAC, world.c.id, 0)).reports).toEqual({ kind: "fewer_than", threshold: 5 });
  });
});

describe("at an employer shared by unions", () => {
  it("the figures count every union's cases; a rep's links say they open their own union's, an admin's do not", async () => {
    const solo = await getEmployerDashboard(world.repAC, world.a.id, 0);
    expect(solo).toMatchObject({ canLinkCases: true, unionCount: 1, linksOwnUnionOnly: false });

    const other = await testUnion("Autre syndicat", "AUTRE");
    await placeUnion(other, world.a.id);
    const shared = await getEmployerDashboard(world.repAC, world.a.id, 0);
    expect(shared).toMatchObject({ canLinkCases: true, unionCount: 2, linksOwnUnionOnly: true });
    expect(shared.figures).toEqual(solo.figures);
    expect(await getEmployerDashboard(world.admin, world.a.id, 0)).toMatchObject({ unionCount: 2, linksOwnUnionOnly: false });
  });
});

describe("every figure's link lists exactly the cases it counts", () => {
  const FIGURES: [string, (keyof TWorld["cases"])[]][] = [
    ["complete_before", ["c1", "c3", "c7"]],
    ["live_first", ["c2", "c4"]],
    ["undated_live", ["c5"]],
    ["open", ["c1", "c2", "c3", "c4", "c5", "c7", "c8"]],
    ["consultation_opened", ["c1", "c2", "c3", "c4", "c7"]],
    ["expertise", ["c1", "c3"]],
    ["no_expertise", ["c2", "c4", "c7"]],
    ["duerp_updated", ["c1", "c7"]],
    ["duerp_missing", ["c2", "c3", "c4", "c5"]],
    ["monitoring", ["c2", "c5"]],
    ["jobs_threatened", ["c2", "c5"]],
    ["jobs_cut", ["c6"]],
  ];

  it.each(FIGURES)("figure=%s", async (figure, expected) => {
    await ensureDashboardStats();
    const { query } = parseCaseListQuery({ employer: world.a.id, figure, pageSize: "100" });
    const page = await listCases(world.admin, query);
    const ids = new Set(expected.map((key) => world.cases[key].id));
    expect(page.rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  });

  it("the year filter and the deadline filters match the period and deadline figures", async () => {
    const year = await listCases(world.admin, parseCaseListQuery({ employer: world.a.id, year: "2023" }).query);
    expect(year.rows.map((row) => row.id)).toEqual([world.cases.c8.id]);
    const overdue = await listCases(world.admin, parseCaseListQuery({ employer: world.a.id, deadline: "overdue" }).query);
    expect(overdue.rows.map((row) => row.id).sort()).toEqual([world.cases.c3.id, world.cases.c4.id].sort());
  });

  it("a rep's figure filter never reaches beyond the cases they may read", async () => {
    const page = await listCases(world.repB, parseCaseListQuery({ figure: "live_first" }).query);
    expect(page.rows.map((row) => row.id)).toEqual([world.cases.b1.id]);
  });
});

describe("the aggregates follow the cases", () => {
  it("a saved change shows on the next read, with no call from the mutation", async () => {
    expect((await getEmployerDashboard(world.admin, world.a.id, 0)).figures.completeBefore).toBe(3);
    // c4's avis arrives before its go-live: it moves from "went live first" to "complete before".
    await prisma.consultation.update({ where: { deploymentId: world.cases.c4.id }, data: { avis: "favourable", avisOn: day(-55) } });
    const after = await getEmployerDashboard(world.admin, world.a.id, 0);
    expect(after.figures).toMatchObject({ completeBefore: 4, liveFirst: 1 });
    const list = await listCases(world.admin, parseCaseListQuery({ employer: world.a.id, figure: "live_first" }).query);
    expect(list.rows.map((row) => row.id)).toEqual([world.cases.c2.id]);
  });

  it("nothing to do when nothing changed; the day's figures are recomputed on a new day", async () => {
    await rebuildDashboardStats();
    // Rows stamped just before the rebuild stay within the clock-skew margin: age them.
    await prisma.$executeRaw`UPDATE deployments SET updated_at = now() - interval '1 hour'`;
    await prisma.$executeRaw`UPDATE consultations SET updated_at = now() - interval '1 hour'`;
    await prisma.$executeRaw`UPDATE employers SET updated_at = now() - interval '1 hour'`;
    await prisma.$executeRaw`UPDATE ai_tools SET updated_at = now() - interval '1 hour'`;
    await prisma.$executeRaw`UPDATE dashboard_refresh SET checked_at = now()`;
    expect(await ensureDashboardStats()).toBeNull();
    await prisma.$executeRaw`UPDATE dashboard_refresh SET stats_on = '2000-01-01'`;
    expect(await ensureDashboardStats()).toMatchObject({ full: false, day: true, employerIds: [] });
    expect(await ensureDashboardStats()).toBeNull();
  });

  it("the sector counts follow a visibility change", async () => {
    expect((await getSectorDashboard(null, parseSectorQuery({}))).rows.map((row) => row.id)).toEqual([world.a.id]);
    await setDashboardVisibility(world.admin, { employerId: world.c.id, visibility: "public" });
    const sector = await getSectorDashboard(null, parseSectorQuery({ sort: "name" }));
    expect(sector.rows.map((row) => row.id)).toEqual([world.a.id, world.c.id]);
    expect(sector.topTools[0]).toMatchObject({ toolId: world.toolX.id, employers: 2 });
  });
});

describe("who sees what", () => {
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

  it("a visitor with no account sees public dashboards only, aggregates only", async () => {
    const dashboard = await getEmployerDashboard(null, world.a.id, 0);
    expect(dashboard.canLinkCases).toBe(false);
    expect(JSON.stringify(dashboard)).not.toMatch(/Test rep|Test admin|@vigie\.test|Cas [0-9a-f]{6}/);
    await expectAppError(getEmployerDashboard(null, world.b.id, 0), "not_found");
    await expectAppError(getEmployerDashboard(null, world.c.id, 0), "not_found");
    await expectAppError(getEmployerDashboard(null, "00000000-0000-4000-8000-000000000000", 0), "not_found");
    await expectAppError(getEmployerDashboard(null, "not-a-uuid", 0), "not_found");
    const sector = await getSectorDashboard(null, parseSectorQuery({}));
    expect(ids(sector.rows)).toEqual([world.a.id]);
    expect(sector.rows[0]!.canLinkCases).toBe(false);
    expect(sector.totals.cases).toBe(8);
    // Only A counts: tool X (also at C, reps only) is found at one employer, like every other tool of A.
    expect(sector.topTools.find((tool) => tool.toolId === world.toolX.id)?.employers).toBe(1);
    expect(sector.topTools.every((tool) => tool.employers === 1)).toBe(true);
  });

  it("a viewer sees viewer and public dashboards, never a case link", async () => {
    expect((await getEmployerDashboard(world.viewer, world.b.id, 0)).canLinkCases).toBe(false);
    expect((await getEmployerDashboard(world.viewer, world.a.id, 0)).canLinkCases).toBe(false);
    await expectAppError(getEmployerDashboard(world.viewer, world.c.id, 0), "not_found");
    const sector = await getSectorDashboard(world.viewer, parseSectorQuery({}));
    expect(ids(sector.rows)).toEqual([world.a.id, world.b.id].sort());
    expect(sector.rows.every((row) => !row.canLinkCases)).toBe(true);
    expect(sector.totals.cases).toBe(9);
  });

  it("a reader still being checked (a promise) gets the same answer, and its rejection wins over any figure", async () => {
    const plain = await getEmployerDashboard(world.repAC, world.c.id, 0);
    expect(await getEmployerDashboard(Promise.resolve(world.repAC), world.c.id, 0)).toEqual(plain);
    await expectAppError(getEmployerDashboard(Promise.resolve(world.repB), world.c.id, 0), "not_found");
    const refused = new Error("session refused");
    const failed = Promise.reject(refused);
    await expect(getEmployerDashboard(failed, world.c.id, 0)).rejects.toBe(refused);
    await expect(getEmployerDashboard(failed, "not-a-uuid", 0)).rejects.toBe(refused);
  });

  it("a viewer never reaches a case: the list, its figure filters and the case page refuse them", async () => {
    await expectAppError(listCases(world.viewer, parseCaseListQuery({ employer: world.a.id, figure: "live_first" }).query), "forbidden");
    for (const item of [world.cases.c1, world.cases.b1]) await expectAppError(getCase(world.viewer, item.id), "not_found");
    // The same case opens for its employer's rep: the refusal is the viewer's, not the case's.
    expect((await getCase(world.repAC, world.cases.c1.id)).id).toBe(world.cases.c1.id);
  });

  it("a rep sees their employers' dashboards with links, and others' open dashboards without", async () => {
    expect((await getEmployerDashboard(world.repAC, world.c.id, 0)).canLinkCases).toBe(true);
    expect((await getEmployerDashboard(world.repAC, world.b.id, 0)).canLinkCases).toBe(false);
    await expectAppError(getEmployerDashboard(world.repB, world.c.id, 0), "not_found");
    const sector = await getSectorDashboard(world.repAC, parseSectorQuery({ sort: "name" }));
    expect(sector.rows.map((row) => [row.id, row.canLinkCases])).toEqual([
      [world.a.id, true],
      [world.b.id, false],
      [world.c.id, true],
    ]);
    // Tool X: at A (open to all) and at C (the rep's own, reps-only) — counted once each.
    expect(sector.topTools[0]).toMatchObject({ toolId: world.toolX.id, employers: 2 });
    const other = await getSectorDashboard(world.repB, parseSectorQuery({}));
    expect(ids(other.rows)).toEqual([world.a.id, world.b.id].sort());
    expect(other.topTools.find((tool) => tool.toolId === world.toolX.id)?.employers).toBe(1);
  });

  it("an admin sees every employer, filtered by sector", async () => {
    const sector = await getSectorDashboard(world.admin, parseSectorQuery({ sector: "banque" }));
    expect(ids(sector.rows)).toEqual([world.a.id, world.c.id].sort());
    expect(sector.rows.every((row) => row.canLinkCases)).toBe(true);
    expect(sector.topVendors[0]).toMatchObject({ key: "Microsoft", employers: 2 });
  });

  it("sorts the employers by a figure, worst first, empty rates last", async () => {
    const sector = await getSectorDashboard(world.admin, parseSectorQuery({ sort: "completeBefore" }));
    // B: 0 of 1 started; A: 3 of 5; C: nothing started (no rate) goes last.
    expect(sector.rows.map((row) => row.id)).toEqual([world.b.id, world.a.id, world.c.id]);
    const byOverdue = await getSectorDashboard(world.admin, parseSectorQuery({ sort: "overdueCases" }));
    expect(byOverdue.rows[0]!.id).toBe(world.a.id);
  });
});

describe("setDashboardVisibility", () => {
  it("admins only; audited; an unknown employer is not found", async () => {
    await expectAppError(setDashboardVisibility(world.repAC, { employerId: world.c.id, visibility: "public" }), "forbidden");
    await expectAppError(setDashboardVisibility(world.viewer, { employerId: world.c.id, visibility: "public" }), "forbidden");
    await expectAppError(setDashboardVisibility(world.admin, { employerId: "00000000-0000-4000-8000-000000000000", visibility: "public" }), "not_found");
    expect((await prisma.employer.findUniqueOrThrow({ where: { id: world.c.id } })).dashboardVisibility).toBe("reps");
    await setDashboardVisibility(world.admin, { employerId: world.c.id, visibility: "viewers" });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: world.c.id, action: "employer.dashboard_visibility" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toEqual({ dashboardVisibility: { before: "reps", after: "viewers" } });
    expect(audit[0]!.actorId).toBe(world.admin.id);
    // Same value again: nothing written.
    await setDashboardVisibility(world.admin, { employerId: world.c.id, visibility: "viewers" });
    expect(await prisma.auditEvent.count({ where: { entityId: world.c.id, action: "employer.dashboard_visibility" } })).toBe(1);
    await getEmployerDashboard(world.viewer, world.c.id, 0);
  });
});

