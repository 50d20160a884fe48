/**
 * Issue 15, point 3, played as an attacker who runs SQL through the app's own connection (role vigie_app),
 * for instance an injection or a query whose application filter was forgotten: row-level security gives
 * each context its own union's rows only, refuses writes into another union, and cannot be talked into
 * another context with set_config (docs/decisions/0037-row-level-security.md).
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";

import { PrismaClient } from "@/generated/prisma/client";
import { dbFor, ensureContextKey, getPool, prisma } from "@/lib/db";
import { contextToken, runInDbContext, runAsSystem, runWithToken, type TDbContext } from "@/lib/db-context";

// One connection for the app: a request waiting for it is handed it from inside another's release.
process.env.DATABASE_POOL_SIZE = "1";

const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: inject("databaseUrl") }) });
afterAll(() => owner.$disconnect());

type TWorld = Awaited<ReturnType<typeof buildWorld>>;
let world: TWorld;

/** Two unions at one employer, each with a case, its timeline, a copy of one member's report, a rep. */
async function buildWorld() {
  const unionA = await owner.union.create({ data: { name: `Union A ${randomUUID()}`, shortName: `A${randomUUID().slice(0, 6)}` } });
  const unionB = await owner.union.create({ data: { name: `Union B ${randomUUID()}`, shortName: `B${randomUUID().slice(0, 6)}` } });
  const employer = await owner.employer.create({ data: { legalName: "Banque Commune", sector: "banque" } });
  await owner.unionEmployer.createMany({ data: [{ unionId: unionA.id, employerId: employer.id }, { unionId: unionB.id, employerId: employer.id }] });
  const tool = await owner.aiTool.create({ data: { vendor: "Vendor", productName: `Outil ${randomUUID()}`, dedupeKey: randomUUID() } });
  const rep = (unionId: string, name: string) =>
    owner.user.create({ data: { email: `${name}-${randomUUID()}@example.org`, name, role: "rep", unionId } });
  const repA = await rep(unionA.id, "Rep A");
  const repB = await rep(unionB.id, "Rep B");
  const admin = await owner.user.create({ data: { email: `admin-${randomUUID()}@example.org`, name: "Admin", role: "admin" } });
  const viewer = await owner.user.create({ data: { email: `viewer-${randomUUID()}@example.org`, name: "Viewer", role: "viewer" } });
  const newCase = (unionId: string, localName: string) =>
    owner.deployment.create({
      data: { unionId, employerId: employer.id, toolId: tool.id, localName, phase: "announced", firstKnownOn: new Date("2026-09-01"), source: "employer_info" },
    });
  const caseA = await newCase(unionA.id, "Dossier du syndicat A");
  const caseB = await newCase(unionB.id, "Dossier du syndicat B");
  for (const written of [caseA, caseB]) {
    await owner.caseEvent.create({
      data: { deploymentId: written.id, unionId: written.unionId, type: "note", occurredOn: new Date("2026-09-02"), title: `Note ${written.localName}` },
    });
  }
  const receiptHash = randomBytes(32).toString("hex");
  const otherReceiptHash = randomBytes(32).toString("hex");
  const report = (unionId: string, hash: string) =>
    owner.memberReport.create({
      data: { unionId, receiptHash: hash, employerId: employer.id, content: randomBytes(64), submittedOn: new Date("2026-09-03"), lastActivityOn: new Date("2026-09-03") },
    });
  const reportA = await report(unionA.id, receiptHash);
  const reportB = await report(unionB.id, receiptHash);
  const otherReport = await report(unionB.id, otherReceiptHash);
  for (const copy of [reportA, reportB, otherReport]) {
    await owner.reportMessage.create({ data: { reportId: copy.id, unionId: copy.unionId, kind: "reporter", body: randomBytes(32), sentOn: new Date("2026-09-04") } });
  }
  const feedHash = createHmac("sha256", "feed").update(randomUUID()).digest("hex");
  await owner.calendarFeed.create({ data: { userId: repA.id, unionId: unionA.id, tokenHash: feedHash } });
  await owner.calendarFeed.create({ data: { userId: repB.id, unionId: unionB.id, tokenHash: createHmac("sha256", "feed").update(randomUUID()).digest("hex") } });
  return { unionA, unionB, employer, tool, repA, repB, admin, viewer, caseA, caseB, receiptHash, reportA, reportB, otherReport, feedHash };
}

const actor = (user: { id: string; role: "admin" | "rep" | "viewer"; unionId: string | null }) => ({ id: user.id, role: user.role, unionId: user.unionId });

/** Every row id of the table as the app's connection sees it under `context` (no filter at all). */
async function visibleIds(table: string, context: TDbContext | null): Promise<string[]> {
  const read = () => getPool().query<{ id: string }>(`SELECT id::text FROM ${table} ORDER BY 1`);
  const { rows } = context ? await runInDbContext(context, read) : await runWithToken("", read);
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  expect(await ensureContextKey()).toBe(true);
});
// Every test starts from empty tables (tests/setup/integration-setup.ts).
beforeEach(async () => {
  world = await buildWorld();
});

describe("row-level security, with the application's filters removed", () => {
  it("a union's rep reads their union's cases, timeline, reports and messages only; raw SQL or Prisma alike", async () => {
    const repA = dbFor(actor(world.repA));
    expect((await repA.deployment.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([world.caseA.id]);
    expect(await repA.caseEvent.count()).toBe(1);
    expect((await repA.memberReport.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([world.reportA.id]);
    expect(await repA.reportMessage.count()).toBe(1);
    const raw = await repA.$queryRawUnsafe<{ local_name: string }[]>("SELECT local_name FROM deployments");
    expect(raw.map((row) => row.local_name)).toEqual(["Dossier du syndicat A"]);
    // Union B's case is "not found", exactly like an id that does not exist.
    expect(await repA.deployment.findUnique({ where: { id: world.caseB.id } })).toBeNull();
  });

  it("refuses writes into another union's rows: updates and deletes touch nothing, inserts are rejected", async () => {
    const repA = dbFor(actor(world.repA));
    expect((await repA.deployment.updateMany({ where: { id: world.caseB.id }, data: { localName: "Piraté" } })).count).toBe(0);
    expect((await repA.caseEvent.deleteMany({ where: { deploymentId: world.caseB.id } })).count).toBe(0);
    await expect(
      repA.caseEvent.create({ data: { deploymentId: world.caseB.id, unionId: world.unionB.id, type: "note", occurredOn: new Date(), title: "Intrus" } }),
    ).rejects.toThrow(/row-level security|policy/i);
    await expect(
      repA.$executeRawUnsafe("UPDATE deployments SET union_id = $1::uuid WHERE id = $2::uuid", world.unionB.id, world.caseA.id),
    ).rejects.toThrow(/row-level security|policy/i);
    const untouched = await owner.deployment.findUniqueOrThrow({ where: { id: world.caseB.id } });
    expect(untouched.localName).toBe("Dossier du syndicat B");
    expect(await owner.caseEvent.count({ where: { deploymentId: world.caseB.id } })).toBe(1);
    expect(await owner.deployment.findUniqueOrThrow({ where: { id: world.caseA.id } })).toMatchObject({ unionId: world.unionA.id });
  });

  it("cannot be talked into another context: forged, unsigned, re-signed and stolen-key contexts see nothing", async () => {
    const asB = contextToken({ k: "union", u: world.unionB.id, id: world.repB.id });
    const [payload] = asB.split(".");
    const systemPayload = Buffer.from(JSON.stringify({ k: "system" })).toString("base64");
    const otherKey = randomBytes(32);
    const forgeries = {
      unsigned: systemPayload,
      wrongSignature: `${systemPayload}.${"0".repeat(64)}`,
      signedWithAnotherKey: `${systemPayload}.${createHmac("sha256", otherKey).update(systemPayload).digest("hex")}`,
      payloadSwapped: `${systemPayload}.${asB.split(".")[1]}`,
      plainUnionId: world.unionB.id,
    };
    // Outside any context, as an injected statement would find the connection before its own set_config.
    const client = await runWithToken("", () => getPool().connect());
    try {
      for (const [name, token] of Object.entries(forgeries)) {
        // Statements sent on a checked-out client outside any context: the injection's own set_config wins.
        await client.query("BEGIN");
        await client.query("SELECT set_config('vigie.ctx', $1, true)", [token]);
        const { rows } = await client.query("SELECT count(*)::int AS n FROM deployments");
        await client.query("ROLLBACK");
        expect({ name, n: rows[0].n }).toEqual({ name, n: 0 });
      }
      // The genuine token of union B does open union B's rows: the forgeries failed on their signature.
      await client.query("BEGIN");
      await client.query("SELECT set_config('vigie.ctx', $1, true)", [asB]);
      const { rows } = await client.query("SELECT local_name FROM deployments");
      await client.query("ROLLBACK");
      expect(rows).toEqual([{ local_name: "Dossier du syndicat B" }]);
      expect(payload).toBeTruthy();
    } finally {
      client.release();
    }
  });

  it("keeps the key out of reach: the app's role cannot read it, nor replace it", async () => {
    await expect(getPool().query("SELECT * FROM vigie_rls.context_key")).rejects.toMatchObject({ code: "42501" });
    await expect(getPool().query("DELETE FROM vigie_rls.context_key")).rejects.toMatchObject({ code: "42501" });
    const { rows } = await getPool().query("SELECT vigie_rls.install_key($1, $2) AS ok", [randomBytes(64), randomBytes(64)]);
    expect(rows[0].ok).toBe(false);
    expect(await ensureContextKey()).toBe(true);
  });

  it("no context, or an account without a union, sees no union's rows; admins and jobs see all", async () => {
    const both = [world.caseA.id, world.caseB.id].sort();
    expect(await visibleIds("deployments", null)).toEqual([]);
    expect(await runWithToken("", () => prisma.deployment.count())).toBe(0);
    expect(await dbFor(actor(world.viewer)).deployment.count()).toBe(0);
    expect((await dbFor(actor(world.admin)).deployment.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual(both);
    expect(await runAsSystem(() => prisma.deployment.count())).toBe(2);
    expect(await visibleIds("deployments", { k: "system" })).toEqual(both);
  });

  it("a member's follow-up reads every union's copy of their report and its messages, and nothing else", async () => {
    const reporter: TDbContext = { k: "reporter", h: world.receiptHash };
    expect(await visibleIds("member_reports", reporter)).toEqual([world.reportA.id, world.reportB.id].sort());
    expect(await runInDbContext(reporter, () => prisma.reportMessage.count())).toBe(2);
    expect(await visibleIds("deployments", reporter)).toEqual([]);
    expect(await visibleIds("member_reports", { k: "reporter", h: randomBytes(32).toString("hex") })).toEqual([]);
  });

  it("a calendar feed's token opens its own feed row only; notifications are their account's", async () => {
    const feeds = await runInDbContext({ k: "feed", h: world.feedHash }, () => prisma.calendarFeed.findMany({ select: { userId: true } }));
    expect(feeds).toEqual([{ userId: world.repA.id }]);
    await owner.notification.createMany({
      data: [world.repA, world.repB].map((user) => ({ userId: user.id, unionId: user.unionId, event: "report_received" as const, dedupKey: randomUUID(), params: {}, link: "/reports" })),
    });
    const mine = await dbFor(actor(world.repA)).notification.findMany({ select: { userId: true } });
    expect(mine).toEqual([{ userId: world.repA.id }]);
  });

  it("an interactive transaction keeps its context; one rolled back leaves no other context behind on its connection", async () => {
    const repA = dbFor(actor(world.repA));
    const repB = dbFor(actor(world.repB));
    const inTransaction = await repA.$transaction(async (tx) => (await tx.deployment.findMany({ select: { id: true } })).map((row) => row.id));
    expect(inTransaction).toEqual([world.caseA.id]);
    for (let round = 0; round < 3; round += 1) {
      // Union B's context is set on a connection, then union A's inside a transaction that rolls back
      // (which undoes that setting): the next statement for union A must not run with union B's.
      expect(await repB.deployment.count()).toBe(1);
      await expect(
        repA.$transaction(async (tx) => {
          await tx.deployment.count();
          throw new Error("abandon");
        }),
      ).rejects.toThrow("abandon");
      expect((await repA.deployment.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([world.caseA.id]);
    }
  });

  it("a request waiting for a connection runs with its own context, not with that of whoever released it", async () => {
    const repA = dbFor(actor(world.repA));
    const repB = dbFor(actor(world.repB));
    const holder = repA.$queryRawUnsafe("SELECT pg_sleep(0.3)::text AS slept, count(*)::int AS n FROM deployments");
    const waiters = [repB.deployment.findMany({ select: { id: true } }), runInDbContext({ k: "union", u: world.unionB.id, id: world.repB.id }, () => getPool().query("SELECT id::text FROM deployments"))];
    const [held, fromPrisma, fromPool] = await Promise.all([holder, ...waiters]);
    expect(held).toEqual([{ slept: "", n: 1 }]);
    expect((fromPrisma as { id: string }[]).map((row) => row.id)).toEqual([world.caseB.id]);
    expect((fromPool as { rows: { id: string }[] }).rows.map((row) => row.id)).toEqual([world.caseB.id]);
  });

  it("control: the owner of the tables (backups, migrations) is not subject to the policies", async () => {
    expect(await owner.deployment.count()).toBe(2);
    expect(await owner.memberReport.count()).toBe(3);
  });
});
