import { describe, expect, it } from "vitest";

import { addMonths, todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { addReporterMessage } from "@/lib/reports/follow-up";
import { purgeClosedReports, retentionCutoff } from "@/lib/reports/purge";
import { createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { addReportMessage, createReport } from "@/tests/factories/triage";
import { testUnion } from "@/tests/factories/unions";

// 15 June 2027, noon in Paris: with 12 months, the cut-off day is 15 June 2026.
const NOW = new Date("2027-06-15T10:00:00Z");
const BEFORE = "2026-06-14";
const ON_CUTOFF = "2026-06-15";
const RECENT = "2027-06-01";

const exists = async (id: string) => (await prisma.memberReport.count({ where: { id } })) === 1;

describe("retention of member reports", () => {
  it("computes the cut-off day in Paris, whole months back", () => {
    expect(retentionCutoff(NOW, 12)).toBe("2026-06-15");
    expect(retentionCutoff(new Date("2027-03-31T22:30:00Z"), 1)).toBe("2027-03-01"); // already 1 April in Paris
    expect(() => retentionCutoff(NOW, 0)).toThrow(RangeError);
  });

  it("purges finished reports older than the period on both sides of the limit, keeps the rest", async () => {
    const employer = await createEmployer();
    const found = await createCase(employer.id);
    const old = { lastActivityOn: BEFORE, closedOn: BEFORE, submittedOn: "2026-01-10" };
    const closedOld = await createReport(employer.id, { status: "closed", ...old, deploymentId: found.id });
    const notAiOld = await createReport(employer.id, { status: "not_ai", ...old });
    const duplicateOld = await createReport(employer.id, { status: "duplicate", ...old, duplicateOfId: closedOld.id });
    const closedOnCutoff = await createReport(employer.id, { status: "closed", submittedOn: "2026-01-10", lastActivityOn: ON_CUTOFF, closedOn: ON_CUTOFF });
    const closedRecently = await createReport(employer.id, { status: "closed", submittedOn: "2026-01-10", lastActivityOn: BEFORE, closedOn: RECENT });
    const reporterWroteRecently = await createReport(employer.id, { status: "closed", submittedOn: "2026-01-10", lastActivityOn: RECENT, closedOn: BEFORE });
    const openOld = await Promise.all(
      (["new", "needs_info", "linked"] as const).map((status) => createReport(employer.id, { status, submittedOn: "2025-01-10", lastActivityOn: "2025-01-10" })),
    );
    // Kept but pointing to a purged report: the pointer goes, the report stays.
    const followerKept = await createReport(employer.id, { status: "new", duplicateOfId: closedOld.id });
    await addReportMessage(closedOld.id, "Texte de l'adhérent", { sentOn: "2026-01-10" });
    await addReportMessage(closedOld.id, "Note interne", { kind: "internal", sentOn: "2026-02-10" });
    await addReportMessage(notAiOld.id, "Autre texte", { sentOn: "2026-01-10" });
    await addReportMessage(closedOnCutoff.id, "Gardé", { sentOn: ON_CUTOFF });
    await prisma.caseEvent.create({
      data: { deploymentId: found.id, unionId: await testUnion(), type: "report_linked", occurredOn: new Date("2026-01-11T00:00:00Z"), title: "Signalement d'adhérent rattaché au dossier", reportId: closedOld.id },
    });

    const dry = await purgeClosedReports({ now: NOW, months: 12, dryRun: true });
    expect(dry).toEqual({ cutoff: "2026-06-15", reports: 3, messages: 3, unlinkedCaseEvents: 1, dryRun: true });
    expect(await prisma.memberReport.count()).toBe(10);

    const result = await purgeClosedReports({ now: NOW, months: 12 });
    expect(result).toEqual({ cutoff: "2026-06-15", reports: 3, messages: 3, unlinkedCaseEvents: 1, dryRun: false });
    for (const purged of [closedOld, notAiOld, duplicateOld]) expect(await exists(purged.id)).toBe(false);
    for (const kept of [closedOnCutoff, closedRecently, reporterWroteRecently, ...openOld, followerKept]) expect(await exists(kept.id)).toBe(true);
    expect(await prisma.reportMessage.count()).toBe(1);
    expect((await prisma.memberReport.findUniqueOrThrow({ where: { id: followerKept.id } })).duplicateOfId).toBeNull();

    // The case keeps "a report was linked that day", without the link nor any text.
    const events = await prisma.caseEvent.findMany({ where: { deploymentId: found.id } });
    expect(events).toEqual([expect.objectContaining({ type: "report_linked", reportId: null, body: null })]);
    expect(await prisma.deployment.count({ where: { id: found.id } })).toBe(1);

    const audits = await prisma.auditEvent.findMany({ where: { action: "report.purge" }, orderBy: { entityId: "asc" } });
    expect(audits.map((audit) => audit.entityId)).toEqual([closedOld.id, notAiOld.id, duplicateOld.id].sort());
    expect(audits.every((audit) => audit.actorId === null)).toBe(true);
    expect(JSON.stringify(audits.map((audit) => audit.changes))).not.toMatch(/Texte|Note interne|Autre texte/);

    // A second run finds nothing more.
    expect(await purgeClosedReports({ now: NOW, months: 12 })).toMatchObject({ reports: 0, messages: 0, unlinkedCaseEvents: 0 });
  });

  it("never purges a closed report the reporter just wrote to through the follow-up", async () => {
    const employer = await createEmployer();
    const today = todayInParis();
    const longAgo = addMonths(today, -24);
    const report = await createReport(employer.id, { status: "closed", submittedOn: longAgo, lastActivityOn: longAgo, closedOn: longAgo });
    const untouched = await createReport(employer.id, { status: "closed", submittedOn: longAgo, lastActivityOn: longAgo, closedOn: longAgo });
    await addReporterMessage(report.id, { body: "Je reviens vers vous : l'outil est toujours là." }, { address: "198.51.100.23" });

    const result = await purgeClosedReports({ now: new Date(), months: 12 });
    expect(result.reports).toBe(1);
    expect(await exists(report.id)).toBe(true);
    expect(await exists(untouched.id)).toBe(false);
  });

  it("uses a shorter period when told, and leaves an empty database alone", async () => {
    expect(await purgeClosedReports({ now: NOW, months: 12 })).toEqual({ cutoff: "2026-06-15", reports: 0, messages: 0, unlinkedCaseEvents: 0, dryRun: false });
    const employer = await createEmployer();
    const report = await createReport(employer.id, { status: "closed", submittedOn: "2027-01-10", lastActivityOn: "2027-02-01", closedOn: "2027-02-01" });
    expect((await purgeClosedReports({ now: NOW, months: 12 })).reports).toBe(0);
    expect((await purgeClosedReports({ now: NOW, months: 3 })).reports).toBe(1);
    expect(await exists(report.id)).toBe(false);
    expect((await getPool().query("SELECT count(*)::int AS n FROM report_messages")).rows[0].n).toBe(0);
  });
});
