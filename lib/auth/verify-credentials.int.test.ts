import { describe, expect, it } from "vitest";

import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getPool, prisma } from "@/lib/db";
import { setContextOutsideAnyContextForTests } from "@/lib/db-context";
import { accountKey } from "@/lib/auth/throttle";
import { unlockSignIn } from "@/lib/users/unlock-sign-in";
import { createActor, TEST_PASSWORD } from "@/tests/factories";
import { fromClient } from "@/tests/setup/client-headers";
import { expectAppError } from "@/tests/setup/expect-app-error";

/** Moves the account's last failure `seconds` into the past (the slow-down's wait then passed). */
async function ageFailures(email: string, seconds: number) {
  await prisma.loginFailure.update({ where: { key: accountKey(email) }, data: { lastFailureAt: new Date(Date.now() - seconds * 1000) } });
}

/** `count` wrong passwords from as many addresses, waiting out the slow-down between them. */
async function failTimes(email: string, count: number) {
  for (let attempt = 0; attempt < count; attempt += 1) {
    const result = await verifyCredentials({ email, password: `wrong-${attempt}` }, fromClient(`10.9.${attempt}.1`));
    expect(result.status).not.toBe("ok");
    if (await prisma.loginFailure.count({ where: { key: accountKey(email) } })) await ageFailures(email, 120);
  }
}


describe("verifyCredentials", () => {
  it("signs in with the right e-mail and password, whatever the e-mail's case", async () => {
    const user = await createActor("rep", { email: "marie@vigie.test" });
    const result = await verifyCredentials({ email: "  Marie@Vigie.TEST ", password: TEST_PASSWORD }, fromClient("10.0.0.1"));
    expect(result).toMatchObject({ status: "ok", user: { id: user.id } });
  });

  it("answers a wrong password, an unknown e-mail and a deactivated account the same way", async () => {
    const active = await createActor("rep");
    const deactivated = await createActor("rep");
    await prisma.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });

    const answers = await Promise.all([
      verifyCredentials({ email: active.email, password: "wrong-password-1" }, fromClient("10.0.0.2")),
      verifyCredentials({ email: "nobody@vigie.test", password: TEST_PASSWORD }, fromClient("10.0.0.3")),
      verifyCredentials({ email: deactivated.email, password: TEST_PASSWORD }, fromClient("10.0.0.4")),
      verifyCredentials({ email: "not-an-email", password: "" }, fromClient("10.0.0.5")),
    ]);
    expect(answers).toEqual([{ status: "invalid" }, { status: "invalid" }, { status: "invalid" }, { status: "invalid" }]);
  });

  it("slows an account down after a few failures instead of refusing it: the wait grows, then passes", async () => {
    const user = await createActor("viewer", { secondFactor: false });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await verifyCredentials({ email: user.email, password: `wrong-${attempt}` }, fromClient(`10.1.0.${attempt}`))).status).toBe("invalid");
    }
    // From any address, the next attempt waits a second: not checked meanwhile.
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("10.1.1.1"))).toEqual({ status: "throttled", retryAfterSeconds: 1 });
    await ageFailures(user.email, 2);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("10.1.1.1"))).toMatchObject({ status: "ok" });
    expect(await prisma.loginFailure.count()).toBe(0);
  });

  it("past the limit, an account with a second factor still signs in with the right password (the code comes next)", async () => {
    const rep = await createActor("rep");
    await failTimes(rep.email, 10);
    expect(await prisma.loginFailure.findFirstOrThrow({ select: { failures: true, lockedAt: true } })).toMatchObject({ failures: 10, lockedAt: expect.any(Date) });
    expect(await verifyCredentials({ email: rep.email, password: "still-wrong" }, fromClient("10.3.0.1"))).toEqual({ status: "invalid" });
    await ageFailures(rep.email, 120);
    const result = await verifyCredentials({ email: rep.email, password: TEST_PASSWORD }, fromClient("10.3.0.2"));
    expect(result).toMatchObject({ status: "ok", hasSecondFactor: true });
    // Complete only after the code: the failures stay counted until then.
    expect(await prisma.loginFailure.count()).toBe(1);
  });

  it("past the limit, an account without a second factor waits (right password or not) until the lock runs out or an admin unlocks", async () => {
    const viewer = await createActor("viewer", { secondFactor: false });
    const admin = await createActor("admin");
    await failTimes(viewer.email, 10);
    await ageFailures(viewer.email, 120);
    const locked = await verifyCredentials({ email: viewer.email, password: TEST_PASSWORD }, fromClient("10.4.0.1"));
    expect(locked.status).toBe("throttled");
    expect(locked.status === "throttled" && locked.retryAfterSeconds).toBeGreaterThan(60);
    expect(locked.status === "throttled" && locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // The same answer for a wrong password: the lock tells nothing about the password.
    expect((await verifyCredentials({ email: viewer.email, password: "wrong" }, fromClient("10.4.0.1"))).status).toBe("throttled");

    const unlocked = await unlockSignIn(admin, { userId: viewer.id });
    expect(unlocked.cleared).toBeGreaterThanOrEqual(10);
    expect(await verifyCredentials({ email: viewer.email, password: TEST_PASSWORD }, fromClient("10.4.0.1"))).toMatchObject({ status: "ok" });
    expect(await prisma.auditEvent.count({ where: { action: "user.unlock", entityId: viewer.id, actorId: admin.id } })).toBe(1);
    const rep = await createActor("rep");
    await expectAppError(unlockSignIn(rep, { userId: viewer.id }), "forbidden");
  });

  it("a lock that has run out lets the right password in", async () => {
    const viewer = await createActor("viewer", { secondFactor: false });
    await failTimes(viewer.email, 10);
    await prisma.loginFailure.updateMany({ data: { lockedAt: new Date(Date.now() - 16 * 60_000), lastFailureAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await verifyCredentials({ email: viewer.email, password: TEST_PASSWORD }, fromClient("10.5.0.1"))).toMatchObject({ status: "ok" });
  });

  it("locks and tells the holder with row-level security in force: a sign-in runs in no database context", async () => {
    const rep = await createActor("rep");
    // As in the app: nothing outside the data layer runs as `system` (the harness's default does).
    setContextOutsideAnyContextForTests(null);
    try {
      await failTimes(rep.email, 12);
    } finally {
      setContextOutsideAnyContextForTests({ k: "system" });
    }
    expect(await prisma.notification.findMany({ where: { userId: rep.id }, select: { event: true } })).toEqual([{ event: "account_locked" }]);
    expect((await prisma.loginFailure.findUniqueOrThrow({ where: { key: accountKey(rep.email) } })).lockedAt).not.toBeNull();
  });

  it("tells the holder once, in the app and by e-mail, when the limit is passed; audits sign-ins, failures and the lock", async () => {
    const rep = await createActor("rep");
    await failTimes(rep.email, 12);
    const notifications = await prisma.notification.findMany({ where: { userId: rep.id }, select: { event: true, emailState: true, link: true } });
    expect(notifications).toEqual([{ event: "account_locked", emailState: "pending", link: "/account/security" }]);
    expect(await prisma.auditEvent.count({ where: { action: "auth.locked", entityId: rep.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "auth.sign_in_failed", entityType: "user", entityId: rep.id } })).toBe(12);
    await verifyCredentials({ email: "nobody-here@vigie.test", password: "wrong-password" }, fromClient("10.6.0.1"));
    const unknown = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_failed", entityType: "account" }, select: { entityId: true, actorId: true } });
    expect(unknown.entityId).toMatch(/^[0-9a-f]{32}$/);
    expect(unknown.actorId).toBeNull();
    await ageFailures(rep.email, 120);
    await verifyCredentials({ email: rep.email, password: TEST_PASSWORD }, fromClient("10.6.0.2"));
    expect(await prisma.auditEvent.count({ where: { action: "auth.sign_in", actorId: rep.id, entityId: rep.id } })).toBe(1);
  });

  it("throttles a client that tries many accounts, and only that client", async () => {
    const victim = await createActor("rep");
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await verifyCredentials({ email: `guess-${attempt}@vigie.test`, password: "nope-nope-nope" }, fromClient("203.0.113.9"));
    }
    expect(await verifyCredentials({ email: victim.email, password: TEST_PASSWORD }, fromClient("203.0.113.9"))).toMatchObject({
      status: "throttled",
    });
    expect(await verifyCredentials({ email: victim.email, password: TEST_PASSWORD }, fromClient("198.51.100.7"))).toMatchObject({
      status: "ok",
    });
  });

  it("keeps the counters in PostgreSQL under hashed keys, and clears the account's on success", async () => {
    const user = await createActor("viewer", { email: "compteur@vigie.test", secondFactor: false });
    await verifyCredentials({ email: user.email, password: "wrong-password" }, fromClient("192.0.2.44"));
    const { rows } = await getPool().query<{ key: string; points: number }>("SELECT key, points FROM rate_limits ORDER BY key");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).not.toContain("192.0.2.44");
    const accounts = await getPool().query<{ key: string; failures: number }>("SELECT key, failures FROM login_failures");
    expect(accounts.rows).toEqual([{ key: expect.stringMatching(/^[0-9a-f]{64}$/), failures: 1 }]);
    await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("192.0.2.44"));
    expect((await getPool().query("SELECT key FROM login_failures")).rows).toHaveLength(0);
  });

  it("refuses an invited user who has not chosen a password yet", async () => {
    const user = await createActor("rep");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("10.2.0.1"))).toEqual({ status: "invalid" });
  });
});
