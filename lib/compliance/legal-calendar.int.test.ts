import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getCalendarRow, listCalendarRows } from "@/lib/compliance/calendar-queries";
import { ZCalendarEntryInput, type TCalendarEntryInput } from "@/lib/compliance/calendar-schemas";
import { getCaseCompliance } from "@/lib/compliance/queries";
import { INLINE_RECOMPUTE_MAX_CASES, resetCalendarEntry, saveCalendarEntry } from "@/lib/compliance/save-calendar-entry";
import { DEFAULT_LEGAL_CALENDAR } from "@/lib/compliance/legal-calendar";
import { addDays, fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { expectAppError } from "@/tests/setup/expect-app-error";
import { testUnion } from "@/tests/factories/unions";

const today = todayInParis();
const yesterday = addDays(today, -1);

/** F9's entry moved to `appliesFrom` (e.g. the Omnibus postponement undone), as the admin's form sends it. */
const f9Entry = (appliesFrom: string, overrides: Partial<TCalendarEntryInput> = {}) =>
  ZCalendarEntryInput.parse({
    ruleId: "F9",
    appliesFrom,
    legalStatus: "in_force",
    source: "Règlement (UE) 2024/1689, art. 26(7), art. 113",
    tag: "V",
    note: "",
    ...overrides,
  });

/**
 * An HR scoring tool used for months, significantly changed today, representatives never informed: F9
 * once Art. 26(7) applies (Art. 111(2) brings a tool in use before the date under it from the change).
 */
async function highRiskCase() {
  const employer = await createEmployer();
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const tool = await createTool({ functions: ["performance_evaluation"] });
  const deployment = await createCase(employer.id, {
    toolId: tool.id,
    phase: "production",
    pilotStartOn: fromCalendarDate(addDays(today, -200)),
    annexEmployment: "yes",
    infoToReps: "no",
    significantChange: "yes",
    significantChangeOn: fromCalendarDate(today),
  });
  return { employer, rep, caseId: deployment.id };
}

const storedRules = async (caseId: string) =>
  (await prisma.caseFlag.findMany({ where: { deploymentId: caseId }, select: { ruleId: true, status: true } })).map((row) => `${row.ruleId}:${row.status}`).sort();

describe("legal calendar administration", () => {
  it("is for admins only: reps and viewers are refused and nothing is written", async () => {
    const { rep } = await highRiskCase();
    const viewer = await createActor("viewer");
    for (const actor of [rep, viewer]) {
      await expectAppError(listCalendarRows(actor), "forbidden");
      await expectAppError(getCalendarRow(actor, "F9"), "forbidden");
      await expectAppError(saveCalendarEntry(actor, f9Entry(yesterday)), "forbidden");
      await expectAppError(resetCalendarEntry(actor, { ruleId: "F9" }), "forbidden");
    }
    expect(await prisma.legalCalendarEntry.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityType: "legal_calendar" } })).toBe(0);
  });

  it("lists every rule with its entry, and answers not found for an unknown rule", async () => {
    const admin = await createActor("admin");
    const rows = await listCalendarRows(admin);
    expect(rows.map((row) => row.ruleId)).toEqual(Object.keys(DEFAULT_LEGAL_CALENDAR));
    expect(rows.find((row) => row.ruleId === "F9")).toMatchObject({ entry: DEFAULT_LEGAL_CALENDAR.F9, isModified: false, updatedAt: null });
    await expectAppError(getCalendarRow(admin, "F99"), "not_found");
  });

  it("a postponement undone (F9 applicable from yesterday) raises F9 on the cases, with no code change; reset clears it", async () => {
    const { rep, caseId } = await highRiskCase();
    const admin = await createActor("admin");
    expect(await storedRules(caseId)).not.toContain("F9:confirmed");
    // With the default date (2 Dec 2027) today's change comes before it: Art. 111(2) leaves the tool out.
    expect((await getCaseCompliance(rep, caseId)).notYetApplicable.map((item) => item.ruleId)).not.toContain("F9");

    const saved = await saveCalendarEntry(admin, f9Entry(yesterday, { note: "Omnibus non publié : date d'origine rétablie" }));
    expect(saved).toMatchObject({ ruleId: "F9", changed: true, recompute: { kind: "done", cases: 1, changed: 1 } });
    expect(await storedRules(caseId)).toContain("F9:confirmed");
    const live = await getCaseCompliance(rep, caseId);
    expect(live.flags.find((flag) => flag.ruleId === "F9")).toMatchObject({ status: "confirmed", legalStatus: "in_force" });
    expect(live.notYetApplicable).toEqual([]);

    const row = await getCalendarRow(admin, "F9");
    expect(row).toMatchObject({ isModified: true, updatedByName: admin.name, entry: { appliesFrom: yesterday, legalStatus: "in_force" } });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "legal_calendar", entityId: "F9", action: "legal_calendar.update" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.changes).toMatchObject({
      appliesFrom: { before: "2027-12-02", after: yesterday },
      legalStatus: { before: "adopted", after: "in_force" },
      note: { after: "Omnibus non publié : date d'origine rétablie" },
    });

    // Saving the same entry again changes nothing and recomputes nothing.
    expect(await saveCalendarEntry(admin, f9Entry(yesterday, { note: "Omnibus non publié : date d'origine rétablie" }))).toEqual({ ruleId: "F9", changed: false, recompute: null });

    const reset = await resetCalendarEntry(admin, { ruleId: "F9" });
    expect(reset).toMatchObject({ changed: true, recompute: { kind: "done", changed: 1 } });
    expect(await storedRules(caseId)).not.toContain("F9:confirmed");
    expect(await prisma.legalCalendarEntry.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: "F9", action: "legal_calendar.reset" } })).toBe(1);
    expect(await resetCalendarEntry(admin, { ruleId: "F9" })).toEqual({ ruleId: "F9", changed: false, recompute: null });
  });

  it("moving a date into the future takes a rule's flags away (F8 postponed)", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const { id } = await createCase(employer.id, { phase: "pilot", emotionInferenceWorkers: "yes" });
    await saveCalendarEntry(admin, f9Entry(yesterday)); // any edit recomputes every case
    expect(await storedRules(id)).toContain("F8:confirmed");
    await saveCalendarEntry(
      admin,
      ZCalendarEntryInput.parse({ ...DEFAULT_LEGAL_CALENDAR.F8, ruleId: "F8", appliesFrom: addDays(today, 30), legalStatus: "proposal", note: "" }),
    );
    expect(await storedRules(id)).not.toContain("F8:confirmed");
  });

  it(`above ${INLINE_RECOMPUTE_MAX_CASES} cases, recomputes after the response when the caller can defer`, async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const tool = await createTool();
    const unionId = await testUnion();
    await prisma.deployment.createMany({
      data: Array.from({ length: INLINE_RECOMPUTE_MAX_CASES + 1 }, (_, index) => ({
        id: randomUUID(),
        unionId,
        employerId: employer.id,
        toolId: tool.id,
        localName: `Cas ${index}`,
        phase: "announced" as const,
        firstKnownOn: fromCalendarDate(today),
        source: "press" as const,
      })),
    });
    const { caseId } = await highRiskCase();
    const deferred: (() => Promise<void>)[] = [];
    const saved = await saveCalendarEntry(admin, f9Entry(yesterday), { defer: (task) => deferred.push(task) });
    expect(saved.recompute).toEqual({ kind: "deferred", cases: INLINE_RECOMPUTE_MAX_CASES + 2 });
    expect(await storedRules(caseId)).not.toContain("F9:confirmed");
    expect(deferred).toHaveLength(1);
    await deferred[0]!();
    expect(await storedRules(caseId)).toContain("F9:confirmed");
  });
});
