import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { createActor } from "@/tests/factories";
import { expectAppError } from "@/tests/setup/expect-app-error";

import { pruneHistory } from "./housekeeping";
import { getJobsOverview } from "./queries";
import { runRecorded } from "./record-run";

describe("admin jobs overview", () => {
  it("is for admins only", async () => {
    for (const role of ["rep", "viewer"] as const) await expectAppError(getJobsOverview(await createActor(role)), "forbidden");
  });

  it("shows each queue's last run and last success, the failed attempts with their error, and the e-mail outbox", async () => {
    const admin = await createActor("admin");
    const jobId = randomUUID();
    await runRecorded("reports-purge", { id: jobId, retryCount: 0 }, async () => ({ reports: 2 }));
    await expect(
      runRecorded("reports-purge", { id: randomUUID(), retryCount: 1 }, async () => {
        throw new Error("connection terminated unexpectedly");
      }),
    ).rejects.toThrow("connection terminated");
    const rep = await createActor("rep");
    await notify(prisma, {
      event: "task_assigned",
      userIds: [rep.id],
      dedupKey: "task:1",
      params: { caseName: "Cas", taskTitle: "Relancer", dueOn: null },
      link: "/cases/x",
    });
    await prisma.notification.updateMany({ data: { emailAttempts: 2, emailError: "421 Service not available" } });

    const overview = await getJobsOverview(admin);
    const purge = overview.queues.find((queue) => queue.name === "reports-purge")!;
    expect(purge.cron).toBe("30 3 * * *");
    expect(purge.lastRun).toMatchObject({ status: "failed", error: "connection terminated unexpectedly" });
    expect(purge.lastSuccessAt).toBeInstanceOf(Date);
    expect(overview.failures).toEqual([expect.objectContaining({ queue: "reports-purge", attempt: 2, error: "connection terminated unexpectedly" })]);
    expect(overview.queues.find((queue) => queue.name === "compliance-refresh")!.lastRun).toBeNull();
    expect(overview.emails).toMatchObject({ pending: 1, retrying: 1, failed: 0 });
    expect(overview.emails.lastErrors).toEqual([expect.objectContaining({ event: "task_assigned", attempts: 2, error: "421 Service not available" })]);
    // No recipient on the page: errors are listed by event.
    expect(JSON.stringify(overview)).not.toContain(rep.email);
  });

  it("refuses to record the same attempt of a job twice", async () => {
    const job = { id: randomUUID(), retryCount: 0 };
    await runRecorded("reports-purge", job, async () => ({}));
    await expect(runRecorded("reports-purge", job, async () => ({}))).rejects.toThrow();
    expect(await prisma.jobRun.count({ where: { jobId: job.id } })).toBe(1);
  });
});

describe("housekeeping", () => {
  it("deletes runs older than 30 days and notifications read more than 180 days ago, nothing else", async () => {
    const now = new Date("2027-06-01T02:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    await prisma.jobRun.createMany({
      data: [31, 29].map((days) => ({ queue: "email-send", jobId: randomUUID(), attempt: 1, status: "succeeded" as const, worker: "test:1", startedAt: daysAgo(days) })),
    });
    const rep = await createActor("rep");
    for (const [key, readAt] of [["old-read", daysAgo(181)], ["recent-read", daysAgo(10)], ["unread", null]] as const) {
      await notify(prisma, { event: "task_assigned", userIds: [rep.id], dedupKey: key, params: { caseName: "Cas", taskTitle: "T", dueOn: null }, link: "/", createdAt: daysAgo(400) });
      await prisma.notification.updateMany({ where: { dedupKey: key }, data: { readAt } });
    }
    expect(await pruneHistory(now)).toEqual({ jobRuns: 1, notifications: 1, auditRows: 0 });
    expect((await prisma.notification.findMany({ select: { dedupKey: true } })).map((row) => row.dedupKey).sort()).toEqual(["recent-read", "unread"]);
    expect(await prisma.jobRun.count()).toBe(1);
  });
});
