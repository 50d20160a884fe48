import { afterEach, describe, expect, it, vi } from "vitest";

import { resolveSessionUser } from "@/lib/auth/session";
import { endMySession, endMySessions, endSessionById, listMySessions, startUserSession } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import { changeRole, setUserActive } from "@/lib/users/manage-user";
import { createActor, createEmployer } from "@/tests/factories";
import { expectAppError } from "@/tests/setup/expect-app-error";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

afterEach(() => vi.useRealTimers());

/** What a browser's token claims, for a new sign-in of `userId`. */
async function signIn(userId: string, userAgent = FIREFOX) {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { userId, sessionVersion, sessionId: await startUserSession({ id: userId, sessionVersion }, userAgent) };
}

describe("resolveSessionUser: the JWT alone never grants access", () => {
  it("returns the user with role and employers read from the database", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const resolved = await resolveSessionUser(await signIn(rep.id));
    expect(resolved).toMatchObject({ id: rep.id, role: "rep", employerIds: [employer.id] });
  });

  it("reads the second factor and the policy with the user (one statement): a confirmed factor and a required policy", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    const claims = await signIn(rep.id);
    await prisma.secondFactorPolicy.upsert({ where: { role: "rep" }, create: { role: "rep", required: true }, update: { required: true } });
    expect(await resolveSessionUser(claims)).toMatchObject({ secondFactor: "enrol", secondFactorAt: null });
    await prisma.totpFactor.create({ data: { userId: rep.id, secret: Buffer.from("not a real secret"), confirmedAt: new Date() } });
    expect(await resolveSessionUser(claims)).toMatchObject({ secondFactor: "pending" });
    const verifiedAt = new Date();
    await prisma.userSession.update({ where: { id: claims.sessionId }, data: { secondFactorAt: verifiedAt } });
    expect(await resolveSessionUser(claims)).toMatchObject({ secondFactor: "verified", secondFactorAt: verifiedAt });
  });

  it("moves the session's last-seen day forward to today, and refuses a malformed id without reading", async () => {
    const rep = await createActor("rep");
    const claims = await signIn(rep.id);
    await prisma.userSession.update({ where: { id: claims.sessionId }, data: { lastSeenOn: new Date("2026-01-02T00:00:00Z") } });
    expect(await resolveSessionUser(claims)).toMatchObject({ id: rep.id });
    const { lastSeenOn } = await prisma.userSession.findUniqueOrThrow({ where: { id: claims.sessionId }, select: { lastSeenOn: true } });
    expect(lastSeenOn.getTime()).toBeGreaterThan(new Date("2026-01-02T00:00:00Z").getTime());
    expect(await resolveSessionUser({ ...claims, sessionId: "not-a-uuid" })).toBeNull();
  });

  it("refuses a session once the user is deactivated (next request)", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    const before = await signIn(rep.id);
    await setUserActive(admin, { userId: rep.id, active: false });
    expect(await resolveSessionUser(before)).toBeNull();
    // Even a token carrying the new version is refused while the account is deactivated.
    expect(await resolveSessionUser(await signIn(rep.id))).toBeNull();
  });

  it("refuses a token issued before a role change; a new sign-in gets the new role", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    const before = await signIn(rep.id);
    await changeRole(admin, { userId: rep.id, role: "admin" });
    expect(await resolveSessionUser(before)).toBeNull();
    expect(await resolveSessionUser({ ...before, sessionVersion: 1 })).toBeNull(); // the old session is of version 0
    expect(await resolveSessionUser(await signIn(rep.id))).toMatchObject({ role: "admin" });
  });

  it("refuses unknown users, unknown sessions and missing claims", async () => {
    const rep = await createActor("rep");
    expect(await resolveSessionUser({ userId: "00000000-0000-4000-8000-000000000000", sessionId: "00000000-0000-4000-8000-000000000000", sessionVersion: 0 })).toBeNull();
    expect(await resolveSessionUser({ userId: rep.id, sessionId: "00000000-0000-4000-8000-000000000000", sessionVersion: 0 })).toBeNull();
    expect(await resolveSessionUser({ userId: rep.id, sessionVersion: 0 })).toBeNull();
    expect(await resolveSessionUser(null)).toBeNull();
    expect(await resolveSessionUser({ userId: undefined, sessionVersion: 0 })).toBeNull();
  });

  it("refuses another user's session id", async () => {
    const rep = await createActor("rep");
    const other = await createActor("rep");
    const theirs = await signIn(other.id);
    expect(await resolveSessionUser({ ...theirs, userId: rep.id })).toBeNull();
  });
});

describe("sessions that end when told to (issue 16, point 2)", () => {
  it("sign-out ends the session on the server: a copied token no longer opens anything", async () => {
    const rep = await createActor("rep");
    const token = await signIn(rep.id);
    const copy = { ...token };
    expect(await resolveSessionUser(copy)).not.toBeNull();
    await endSessionById(token.sessionId);
    expect(await resolveSessionUser(copy)).toBeNull();
  });

  it("ends a session at its absolute lifetime, however active", async () => {
    const rep = await createActor("rep");
    const token = await signIn(rep.id);
    vi.useFakeTimers({ now: Date.now() + 11.9 * 3_600_000, toFake: ["Date"] });
    expect(await resolveSessionUser(token)).not.toBeNull();
    vi.setSystemTime(Date.now() + 0.2 * 3_600_000); // 12 h 06 after sign-in (SESSION_ABSOLUTE_HOURS=12)
    expect(await resolveSessionUser(token)).toBeNull();
  });

  it("lists the user's live sessions with their device, and ends one, the others, or all", async () => {
    const rep = await createActor("rep");
    const laptop = await signIn(rep.id, FIREFOX);
    const phone = await signIn(rep.id, PHONE);
    const actor = (await resolveSessionUser(laptop))!;
    const listed = await listMySessions(actor);
    // The factory's own session is listed too ("vitest": device unknown).
    expect(listed.map((session) => [session.device, session.current])).toEqual([["Firefox · Linux", true], ["Safari · iOS", false], ["?", false]]);
    expect(JSON.stringify(listed)).not.toMatch(/\d+\.\d+\.\d+\.\d+/);

    expect(await endMySession(actor, { sessionId: phone.sessionId })).toEqual({ endedCurrent: false });
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(laptop)).not.toBeNull();

    await signIn(rep.id, PHONE);
    expect(await endMySessions(actor, { keepCurrent: true })).toEqual({ ended: 2 });
    expect((await listMySessions(actor)).map((session) => session.device)).toEqual(["Firefox · Linux"]);
    expect(await endMySessions(actor, { keepCurrent: false })).toEqual({ ended: 1 });
    expect(await resolveSessionUser(laptop)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { actorId: rep.id, action: { startsWith: "session." } } })).toBe(3);
  });

  it("answers not found to ending another user's session or an unknown one, ending nothing", async () => {
    const rep = await createActor("rep");
    const other = await createActor("rep");
    const theirs = await signIn(other.id);
    const actor = (await resolveSessionUser(await signIn(rep.id)))!;
    const error = await expectAppError(endMySession(actor, { sessionId: theirs.sessionId }), "not_found");
    expect(error.messageKey).toBe("sessions.notFound");
    await expectAppError(endMySession(actor, { sessionId: "00000000-0000-4000-8000-000000000000" }), "not_found");
    expect(await resolveSessionUser(theirs)).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "session.end" } })).toBe(0);
  });

  it("ends every session when the role changes (sessionVersion), and the list shows none of them", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    const token = await signIn(rep.id);
    await changeRole(admin, { userId: rep.id, role: "viewer" });
    expect(await resolveSessionUser(token)).toBeNull();
    const fresh = (await resolveSessionUser(await signIn(rep.id)))!;
    expect((await listMySessions(fresh)).map((session) => session.current)).toEqual([true]);
  });
});
