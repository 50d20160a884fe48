import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { SESSION_COOKIE } from "@/lib/auth/auth.config";
import { confirmTotpEnrolment, pendingTotpEnrolment, regenerateRecoveryCodes, verifySecondFactor } from "@/lib/auth/second-factor";
import { resolveSessionUser, type TCurrentUser } from "@/lib/auth/session";
import { setSecondFactorPolicy } from "@/lib/auth/set-second-factor-policy";
import { totpCode } from "@/lib/auth/totp";
import { startUserSession } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import { changeRole } from "@/lib/users/manage-user";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { createActor, createEmployer, testTotpSecret } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { expectAppError } from "@/tests/setup/expect-app-error";

/** The cookie jar a request of the test carries (read by next/headers' cookies()). */
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers(),
}));

beforeEach(() => jar.cookies.clear());
afterEach(() => vi.useRealTimers());

/** A new sign-in of `userId` after the password only: what the session looks like before the code. */
async function passwordOnlySession(userId: string): Promise<TCurrentUser> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sessionId = await startUserSession({ id: userId, sessionVersion }, "vitest");
  const actor = await resolveSessionUser({ userId, sessionId, sessionVersion });
  if (!actor) throw new Error("session not resolved");
  return actor;
}

async function useBrowserCookie(actor: TCurrentUser) {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  const value = await encode({ token: { sub: actor.id, sid: actor.sessionId, sv: sessionVersion }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE.name, maxAge: 3600 });
  jar.cookies.set(SESSION_COOKIE.name, value);
}

/** A code of the user's key at another time step than `at` (which the account has not used). */
const codeAt = (userId: string, at: number) => totpCode(testTotpSecret(userId), at);

describe("sign-in with a second factor", () => {
  it("a session past the password only is 'pending', and the right code verifies it", async () => {
    const rep = await createActor("rep");
    const pending = await passwordOnlySession(rep.id);
    expect(pending.secondFactor).toBe("pending");
    const result = await verifySecondFactor(pending, { code: codeAt(rep.id, Date.now()) });
    expect(result.kind).toBe("totp");
    const after = await resolveSessionUser({ userId: rep.id, sessionId: pending.sessionId, sessionVersion: 0 });
    expect(after?.secondFactor).toBe("verified");
    expect(await prisma.auditEvent.count({ where: { action: "auth.second_factor", entityId: rep.id } })).toBe(1);
  });

  it("refuses a wrong code, counts it, and ends the session after 5", async () => {
    const rep = await createActor("rep");
    const pending = await passwordOnlySession(rep.id);
    const wrong = String((Number(codeAt(rep.id, Date.now())) + 500_000) % 1_000_000).padStart(6, "0");
    for (let attempt = 1; attempt < 5; attempt += 1) await expectAppError(verifySecondFactor(pending, { code: wrong }), "invalid", "code");
    await expectAppError(verifySecondFactor(pending, { code: wrong }), "unauthenticated");
    expect(await resolveSessionUser({ userId: rep.id, sessionId: pending.sessionId, sessionVersion: 0 })).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "auth.second_factor_failed", entityId: rep.id } })).toBe(5);
  });

  it("refuses a code reused within its window, even from another session", async () => {
    const rep = await createActor("rep");
    const code = codeAt(rep.id, Date.now());
    await verifySecondFactor(await passwordOnlySession(rep.id), { code });
    const other = await passwordOnlySession(rep.id);
    await expectAppError(verifySecondFactor(other, { code }), "invalid", "code");
    expect((await resolveSessionUser({ userId: rep.id, sessionId: other.sessionId, sessionVersion: 0 }))?.secondFactor).toBe("pending");
  });

  it("accepts the same code only once when two requests race", async () => {
    const rep = await createActor("rep");
    const code = codeAt(rep.id, Date.now());
    const [a, b] = await Promise.allSettled([
      verifySecondFactor(await passwordOnlySession(rep.id), { code }),
      verifySecondFactor(await passwordOnlySession(rep.id), { code }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("a recovery code works once", async () => {
    const user = await createActor("viewer", { secondFactor: false });
    const enrolling = await passwordOnlySession(user.id);
    expect(enrolling.secondFactor).toBe("none");
    const enrolment = (await pendingTotpEnrolment(enrolling))!;
    const { recoveryCodes } = await confirmTotpEnrolment(enrolling, { code: totpCode(enrolment.secret) });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
    expect(stored.every((row) => !recoveryCodes.some((code) => row.codeHash.includes(code.replace("-", ""))))).toBe(true);

    const first = await verifySecondFactor(await passwordOnlySession(user.id), { code: recoveryCodes[0]!.toLowerCase() });
    expect(first).toEqual({ kind: "recovery", recoveryCodesLeft: 9 });
    await expectAppError(verifySecondFactor(await passwordOnlySession(user.id), { code: recoveryCodes[0]! }), "invalid", "code");
  });

  it("stores the TOTP key encrypted, not in clear", async () => {
    const rep = await createActor("rep");
    const row = await prisma.totpFactor.findUniqueOrThrow({ where: { userId: rep.id }, select: { secret: true } });
    expect(Buffer.from(row.secret).toString("latin1")).not.toContain(testTotpSecret(rep.id));
  });
});

describe("enrolment", () => {
  it("a role under the policy without a factor is sent to enrolment; a wrong first code enrols nothing", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    const session = await passwordOnlySession(rep.id);
    expect(session.secondFactor).toBe("enrol");
    const first = (await pendingTotpEnrolment(session))!;
    expect(first.qrSvg).toMatch(/^<svg/);
    expect(first.uri).toContain("otpauth://totp/Vigie%20IA:");
    // The same key until confirmed (a reload shows the same QR code).
    expect((await pendingTotpEnrolment(session))!.secret).toBe(first.secret);
    await expectAppError(confirmTotpEnrolment(session, { code: "000000" === totpCode(first.secret) ? "111111" : "000000" }), "invalid", "code");
    expect(await prisma.recoveryCode.count({ where: { userId: rep.id } })).toBe(0);
    await confirmTotpEnrolment(session, { code: totpCode(first.secret) });
    expect((await resolveSessionUser({ userId: rep.id, sessionId: session.sessionId, sessionVersion: 0 }))?.secondFactor).toBe("verified");
    await expectAppError(confirmTotpEnrolment(session, { code: totpCode(first.secret) }), "conflict");
  });

  it("a pending session cannot enrol a new key over the existing factor", async () => {
    const rep = await createActor("rep");
    const pending = await passwordOnlySession(rep.id);
    expect(await pendingTotpEnrolment(pending)).toBeNull();
    await expectAppError(confirmTotpEnrolment(pending, { code: codeAt(rep.id, Date.now()) }), "conflict");
  });
});

describe("no way around the second factor", () => {
  it("a server action refuses a session that has not given its code, and one that must enrol", async () => {
    const { changeRoleAction } = await import("@/app/(app)/admin/users/actions");
    const admin = await createActor("admin");
    const target = await createActor("viewer");
    await useBrowserCookie(await passwordOnlySession(admin.id));
    expect(await changeRoleAction({ userId: target.id, role: "admin" })).toEqual({ ok: false, formError: "errors.secondFactorPending" });

    const unenrolled = await createActor("admin", { secondFactor: false });
    await useBrowserCookie(await passwordOnlySession(unenrolled.id));
    expect(await changeRoleAction({ userId: target.id, role: "admin" })).toEqual({ ok: false, formError: "errors.secondFactorEnrolRequired" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("viewer");
  });

  it("the enrolment action cannot be used by a pending session, nor the code action to skip enrolment", async () => {
    const { confirmEnrolmentAction } = await import("@/app/(auth)/login/enrol/actions");
    const { verifySecondFactorAction } = await import("@/app/(auth)/login/second-factor/actions");
    const rep = await createActor("rep");
    await useBrowserCookie(await passwordOnlySession(rep.id));
    expect(await confirmEnrolmentAction({ code: "123456" })).toEqual({ ok: false, formError: "errors.secondFactorPending" });
    const unenrolled = await createActor("rep", { secondFactor: false });
    await useBrowserCookie(await passwordOnlySession(unenrolled.id));
    expect(await verifySecondFactorAction({ code: "123456" })).toEqual({ ok: false, formError: "errors.secondFactorEnrolRequired" });
  });

  it("a route handler (CSV export) answers 401 to a session past the password only", async () => {
    const { GET } = await import("@/app/api/cases/export/route");
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    await useBrowserCookie(await passwordOnlySession(rep.id));
    const response = await GET(new Request("http://localhost/api/cases/export"));
    expect(response.status).toBe(401);
  });
});

describe("step-up on sensitive actions", () => {
  it("user management needs the factor proved within STEP_UP_MINUTES", async () => {
    const admin = await createActor("admin");
    const target = await createActor("viewer");
    const stale = { ...admin, secondFactorAt: new Date(Date.now() - 16 * 60_000) };
    await expectAppError(changeRole(stale, { userId: target.id, role: "rep" }), "forbidden");
    await expectAppError(setSecondFactorPolicy(stale, { role: "viewer", required: true }), "forbidden");
    await expectAppError(resetSecondFactor(stale, { userId: target.id }), "forbidden");
    await expectAppError(regenerateRecoveryCodes(stale), "forbidden");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("viewer");
    await changeRole(admin, { userId: target.id, role: "rep" });
  });

  it("the CSV export sends a stale session to prove the factor, then back", async () => {
    const { GET } = await import("@/app/api/cases/export/route");
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    await prisma.userSession.update({ where: { id: rep.sessionId }, data: { secondFactorAt: new Date(Date.now() - 60 * 60_000) } });
    await useBrowserCookie(rep);
    const response = await GET(new Request("http://localhost/api/cases/export?status=open"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/login/second-factor?step-up=1&callbackUrl=${encodeURIComponent("/api/cases/export?status=open")}`);
    await prisma.userSession.update({ where: { id: rep.sessionId }, data: { secondFactorAt: new Date() } });
    expect((await GET(new Request("http://localhost/api/cases/export"))).status).toBe(200);
  });
});

describe("admin policy and reset", () => {
  it("a role made required sends its users without a factor to enrolment; audited", async () => {
    const admin = await createActor("admin");
    const viewer = await createActor("viewer", { secondFactor: false });
    expect((await passwordOnlySession(viewer.id)).secondFactor).toBe("none");
    await setSecondFactorPolicy(admin, { role: "viewer", required: true });
    expect((await passwordOnlySession(viewer.id)).secondFactor).toBe("enrol");
    expect(await prisma.auditEvent.findFirst({ where: { action: "second_factor.policy", entityId: "viewer" }, select: { changes: true } })).toEqual({
      changes: { required: { before: false, after: true } },
    });
  });

  it("a non-admin cannot change the policy nor reset a factor", async () => {
    const rep = await createActor("rep");
    const other = await createActor("rep");
    await expectAppError(setSecondFactorPolicy(rep, { role: "rep", required: false }), "forbidden");
    await expectAppError(resetSecondFactor(rep, { userId: other.id }), "forbidden");
    expect(await prisma.totpFactor.count({ where: { userId: other.id } })).toBe(1);
  });

  it("resetting a user's factor removes it and its codes, ends their sessions, and is audited", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    await regenerateRecoveryCodes(rep);
    await resetSecondFactor(admin, { userId: rep.id });
    expect(await prisma.totpFactor.count({ where: { userId: rep.id } })).toBe(0);
    expect(await prisma.recoveryCode.count({ where: { userId: rep.id } })).toBe(0);
    expect(await resolveSessionUser({ userId: rep.id, sessionId: rep.sessionId, sessionVersion: 0 })).toBeNull();
    expect((await passwordOnlySession(rep.id)).secondFactor).toBe("enrol");
    expect(await prisma.auditEvent.count({ where: { action: "user.second_factor_reset", entityId: rep.id, actorId: admin.id } })).toBe(1);
    await expectAppError(resetSecondFactor(admin, { userId: "00000000-0000-4000-8000-000000000000" }), "not_found");
  });
});

describe("the case's ICS file", () => {
  it("answers 404 to a session past the password only, the file to the same user once verified", async () => {
    const { GET } = await import("@/app/api/cases/[id]/deadlines.ics/route");
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const deployment = await createCase(employer.id);
    const params = { params: Promise.resolve({ id: deployment.id }) };
    await useBrowserCookie(await passwordOnlySession(rep.id));
    expect((await GET(new Request("http://localhost/x"), params)).status).toBe(404);
    await useBrowserCookie(rep);
    expect((await GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: deployment.id }) })).status).toBe(200);
  });
});
