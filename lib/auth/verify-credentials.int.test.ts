import { describe, expect, it } from "vitest";

import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getPool, prisma } from "@/lib/db";
import { createActor, TEST_PASSWORD } from "@/tests/factories";
import { fromClient } from "@/tests/setup/client-headers";


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

  it("throttles an account after 5 failures, even with the right password, from any client", async () => {
    const user = await createActor("admin");
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await verifyCredentials({ email: user.email, password: `wrong-${attempt}` }, fromClient(`10.1.0.${attempt}`));
      expect(result.status).toBe("invalid");
    }
    const blocked = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("10.1.1.1"));
    expect(blocked).toMatchObject({ status: "throttled" });
    expect(blocked.status === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(60);
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
    const user = await createActor("viewer", { email: "compteur@vigie.test" });
    await verifyCredentials({ email: user.email, password: "wrong-password" }, fromClient("192.0.2.44"));
    const { rows } = await getPool().query<{ key: string; points: number }>("SELECT key, points FROM rate_limits ORDER BY key");
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.key).not.toContain("compteur");
      expect(row.key).not.toContain("192.0.2.44");
      expect(row.points).toBe(1);
    }
    await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("192.0.2.44"));
    const after = await getPool().query("SELECT key FROM rate_limits WHERE key LIKE 'login-account%'");
    expect(after.rows).toHaveLength(0);
  });

  it("refuses an invited user who has not chosen a password yet", async () => {
    const user = await createActor("rep");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, fromClient("10.2.0.1"))).toEqual({ status: "invalid" });
  });
});
