import { describe, expect, it } from "vitest";

import { listMyPasskeys, passkeyAuthenticationOptions, passkeyRegistrationOptions, registerPasskey, verifyPasskey } from "@/lib/auth/passkeys";
import { removePasskey } from "@/lib/auth/remove-passkey";
import { verifySecondFactor } from "@/lib/auth/second-factor";
import { resolveSessionUser, type TCurrentUser } from "@/lib/auth/session";
import { accountKey } from "@/lib/auth/throttle";
import { startUserSession } from "@/lib/auth/user-sessions";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { createActor } from "@/tests/factories";
import { SoftwareAuthenticator } from "@/tests/factories/software-authenticator";
import { expectAppError } from "@/tests/setup/expect-app-error";

async function passwordOnlySession(userId: string): Promise<TCurrentUser> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sessionId = await startUserSession({ id: userId, sessionVersion }, "vitest");
  return (await resolveSessionUser({ userId, sessionId, sessionVersion }))!;
}

async function reload(actor: TCurrentUser): Promise<TCurrentUser | null> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  return resolveSessionUser({ userId: actor.id, sessionId: actor.sessionId, sessionVersion });
}

const session = (actor: TCurrentUser) => prisma.userSession.findUniqueOrThrow({ where: { id: actor.sessionId } });
const audits = (userId: string, action: string) => prisma.auditEvent.findMany({ where: { entityId: userId, action }, select: { changes: true } });

const fakeAssertion = (id: string) =>
  ({ id, rawId: id, type: "public-key", response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" }, clientExtensionResults: {} }) as never;

/** Registers `authenticator` for `actor` (a session allowed to add one) through the real verification. */
async function addPasskey(actor: TCurrentUser, authenticator = new SoftwareAuthenticator()) {
  const options = await passkeyRegistrationOptions(actor);
  const result = await registerPasskey(actor, { response: authenticator.register(options) as never }, "Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0");
  return { authenticator, result };
}

async function signInWith(actor: TCurrentUser, authenticator: SoftwareAuthenticator, overrides: Parameters<SoftwareAuthenticator["assert"]>[1] = {}) {
  const options = await passkeyAuthenticationOptions(actor);
  return verifyPasskey(actor, { response: authenticator.assert(options, overrides) as never }, new Headers());
}

describe("adding a passkey", () => {
  it("needs a verified (and fresh) or factor-less session, and sets a one-use challenge that expires", async () => {
    const rep = await createActor("rep");
    const pending = await passwordOnlySession(rep.id);
    await expectAppError(passkeyRegistrationOptions(pending), "forbidden");
    await expectAppError(passkeyRegistrationOptions({ ...rep, secondFactorAt: new Date(Date.now() - 60 * 60_000) }), "forbidden");
    const options = await passkeyRegistrationOptions(rep);
    expect(options.rp).toEqual({ name: "Vigie IA", id: "localhost" });
    const row = await session(rep);
    expect(row.webauthnChallenge).toBe(options.challenge);
    expect(row.webauthnChallengeExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    expect(row.webauthnChallengeExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
    // A forged registration is refused and spends the challenge.
    await expectAppError(registerPasskey(rep, { response: fakeAssertion("abc") }, null), "invalid");
    expect((await session(rep)).webauthnChallenge).toBeNull();
    expect(await prisma.passkey.count()).toBe(0);
  });

  it("a verified rep adds one: stored with its device, listed, audited, no new recovery codes", async () => {
    const rep = await createActor("rep");
    const { authenticator, result } = await addPasskey(rep);
    expect(result.recoveryCodes).toBeNull();
    const [stored] = await prisma.passkey.findMany({ where: { userId: rep.id } });
    expect(stored).toMatchObject({ credentialId: authenticator.id, transports: ["internal"], device: "Chrome · Linux" });
    expect(await listMyPasskeys(rep)).toEqual([{ id: stored!.id, device: "Chrome · Linux", addedOn: todayInParis(), lastUsedOn: null }]);
    expect(await audits(rep.id, "second_factor.passkey_add")).toHaveLength(1);
    expect(await audits(rep.id, "second_factor.enrol")).toHaveLength(0);
    // Another user's list does not show it.
    expect(await listMyPasskeys(await createActor("rep"))).toEqual([]);
  });

  it("the same authenticator twice is refused (excluded in the options, then by the unique credential)", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    const options = await passkeyRegistrationOptions(rep);
    expect(options.excludeCredentials?.map((credential) => credential.id)).toEqual([authenticator.id]);
    await expectAppError(registerPasskey(rep, { response: authenticator.register(options) as never }, null), "conflict");
    expect(await prisma.passkey.count({ where: { userId: rep.id } })).toBe(1);
  });

  it("a page opened at another host than APP_URL's (127.0.0.1 for localhost) cannot register", async () => {
    const rep = await createActor("rep");
    const options = await passkeyRegistrationOptions(rep);
    const elsewhere = new SoftwareAuthenticator("http://127.0.0.1:3000");
    await expectAppError(registerPasskey(rep, { response: elsewhere.register(options) as never }, null), "invalid");
    expect(await prisma.passkey.count({ where: { userId: rep.id } })).toBe(0);
  });

  it("enrolment with a passkey instead of TOTP: recovery codes once, the session verified, audited as an enrolment", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    expect(rep.secondFactor).toBe("enrol");
    const { authenticator, result } = await addPasskey(rep);
    expect(result.recoveryCodes).toHaveLength(10);
    expect((await reload(rep))?.secondFactor).toBe("verified");
    expect(await audits(rep.id, "second_factor.enrol")).toEqual([{ changes: { passkey: { before: false, after: true } } }]);
    // Next sign-in: pending, and the passkey (or a recovery code) proves it.
    const next = await passwordOnlySession(rep.id);
    expect(next.secondFactor).toBe("pending");
    await signInWith(next, authenticator);
    expect((await reload(next))?.secondFactor).toBe("verified");
    const other = await passwordOnlySession(rep.id);
    expect((await verifySecondFactor(other, { code: result.recoveryCodes![0]! })).kind).toBe("recovery");
  });

  it("a session still at the code step cannot enrol or add one", async () => {
    const rep = await createActor("rep");
    const pending = await passwordOnlySession(rep.id);
    await expectAppError(registerPasskey(pending, { response: new SoftwareAuthenticator().register({ challenge: "x" }) as never }, null), "forbidden");
    expect(await prisma.passkey.count()).toBe(0);
  });
});

describe("signing in with a passkey", () => {
  it("proves the factor exactly as a TOTP code does: session verified, audited, account failures forgotten", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    await prisma.loginFailure.create({ data: { key: accountKey(rep.email), failures: 3, lastFailureAt: new Date() } });
    const pending = await passwordOnlySession(rep.id);
    const options = await passkeyAuthenticationOptions(pending);
    expect(options.rpId).toBe("localhost");
    expect(options.allowCredentials?.map((credential) => credential.id)).toEqual([authenticator.id]);
    await verifyPasskey(pending, { response: authenticator.assert(options) as never }, new Headers());
    const after = await reload(pending);
    expect(after?.secondFactor).toBe("verified");
    expect((await session(pending)).secondFactorFailures).toBe(0);
    expect(await audits(rep.id, "auth.second_factor")).toEqual([{ changes: { method: { before: null, after: "passkey" } } }]);
    expect(await prisma.loginFailure.count({ where: { key: accountKey(rep.email) } })).toBe(0);
    const [stored] = await listMyPasskeys(rep);
    expect(stored?.lastUsedOn).toBe(todayInParis());
    expect((await prisma.passkey.findFirstOrThrow({ where: { userId: rep.id } })).counter).toBe(1n);
    // Later, a step-up from the verified session.
    await signInWith(after!, authenticator);
    expect(await audits(rep.id, "auth.step_up")).toHaveLength(1);
  });

  it("a signature whose r or s is under 32 bytes (1 real signature in 64) verifies like any other", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    const pending = await passwordOnlySession(rep.id);
    await signInWith(pending, authenticator, { shortSignature: true });
    expect((await reload(pending))?.secondFactor).toBe("verified");
    expect((await session(pending)).secondFactorFailures).toBe(0);
  });

  it("none registered, no challenge, or another user's credential are refused and counted; the session stays pending", async () => {
    const rep = await createActor("rep");
    const other = await createActor("rep");
    const pending = await passwordOnlySession(rep.id);
    await expectAppError(passkeyAuthenticationOptions(pending), "invalid");
    const { authenticator: theirs } = await addPasskey(other);
    const { authenticator: mine } = await addPasskey(rep);
    const fresh = await passwordOnlySession(rep.id);
    await expectAppError(verifyPasskey(fresh, { response: mine.assert({ challenge: "bm90LWdpdmVu" }) as never }, new Headers()), "invalid"); // no challenge given
    const options = await passkeyAuthenticationOptions(fresh);
    expect(options.allowCredentials?.map((credential) => credential.id)).toEqual([mine.id]);
    const error = await expectAppError(verifyPasskey(fresh, { response: theirs.assert(options) as never }, new Headers()), "invalid");
    expect(error.messageKey).toBe("security.passkey.failed");
    await passkeyAuthenticationOptions(fresh);
    await expectAppError(verifyPasskey(fresh, { response: fakeAssertion(mine.id) }, new Headers()), "invalid"); // bad signature
    expect((await reload(fresh))?.secondFactor).toBe("pending");
    expect((await session(fresh)).secondFactorFailures).toBe(3);
    expect(await audits(rep.id, "auth.second_factor_failed")).toHaveLength(3);
    expect((await prisma.loginFailure.findUniqueOrThrow({ where: { key: accountKey(rep.email) } })).failures).toBe(3);
  });

  it("a challenge serves once: the same answer replayed is refused", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    const pending = await passwordOnlySession(rep.id);
    const options = await passkeyAuthenticationOptions(pending);
    const answer = authenticator.assert(options) as never;
    await verifyPasskey(pending, { response: answer }, new Headers());
    const error = await expectAppError(verifyPasskey(pending, { response: answer }, new Headers()), "invalid");
    expect(error.messageKey).toBe("security.passkey.expired");
  });

  it("a stale challenge (past PASSKEY_CHALLENGE_MINUTES) or one replaced by a newer one is refused", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    const pending = await passwordOnlySession(rep.id);
    const options = await passkeyAuthenticationOptions(pending);
    await prisma.userSession.update({ where: { id: pending.sessionId }, data: { webauthnChallengeExpiresAt: new Date(Date.now() - 1000) } });
    const stale = await expectAppError(verifyPasskey(pending, { response: authenticator.assert(options) as never }, new Headers()), "invalid");
    expect(stale.messageKey).toBe("security.passkey.expired");
    expect((await session(pending)).webauthnChallenge).toBeNull();
    const first = await passkeyAuthenticationOptions(pending);
    await passkeyAuthenticationOptions(pending);
    await expectAppError(verifyPasskey(pending, { response: authenticator.assert(first) as never }, new Headers()), "invalid");
    expect((await reload(pending))?.secondFactor).toBe("pending");
  });

  it("an answer signed for another origin (the page at 127.0.0.1, APP_URL at localhost) is refused", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    const pending = await passwordOnlySession(rep.id);
    await expectAppError(signInWith(pending, authenticator, { origin: "http://127.0.0.1:3000" }), "invalid");
    expect((await reload(pending))?.secondFactor).toBe("pending");
  });

  it("a signature counter that goes back (a cloned authenticator) is refused", async () => {
    const rep = await createActor("rep");
    const { authenticator } = await addPasskey(rep);
    await signInWith(await passwordOnlySession(rep.id), authenticator, { signCount: 7 });
    const pending = await passwordOnlySession(rep.id);
    await expectAppError(signInWith(pending, authenticator, { signCount: 3 }), "invalid");
    expect((await reload(pending))?.secondFactor).toBe("pending");
  });

  it("five failures end the session, like five wrong codes", async () => {
    const rep = await createActor("rep");
    await addPasskey(rep);
    const pending = await passwordOnlySession(rep.id);
    for (let attempt = 1; attempt < 5; attempt += 1) {
      await passkeyAuthenticationOptions(pending);
      await expectAppError(verifyPasskey(pending, { response: fakeAssertion("bm9wZQ") }, new Headers()), "invalid");
    }
    await passkeyAuthenticationOptions(pending);
    const error = await expectAppError(verifyPasskey(pending, { response: fakeAssertion("bm9wZQ") }, new Headers()), "unauthenticated");
    expect(error.messageKey).toBe("security.passkey.tooMany");
    expect(await reload(pending)).toBeNull();
  });

  it("a user with only a passkey counts as having a second factor", async () => {
    const viewer = await createActor("viewer", { secondFactor: false });
    expect((await passwordOnlySession(viewer.id)).secondFactor).toBe("none");
    await prisma.passkey.create({ data: { userId: viewer.id, credentialId: "dmlld2Vy", publicKey: Buffer.from([1]), device: "x" } });
    expect((await passwordOnlySession(viewer.id)).secondFactor).toBe("pending");
  });
});

describe("removing a passkey", () => {
  it("needs a fresh step-up, and another user's passkey is not found", async () => {
    const rep = await createActor("rep");
    const other = await createActor("rep");
    await addPasskey(other);
    const theirs = await prisma.passkey.findFirstOrThrow({ where: { userId: other.id } });
    await expectAppError(removePasskey(rep, { passkeyId: theirs.id }), "not_found");
    await expectAppError(removePasskey(rep, { passkeyId: "00000000-0000-4000-8000-000000000000" }), "not_found");
    await expectAppError(removePasskey(await passwordOnlySession(other.id), { passkeyId: theirs.id }), "forbidden");
    await expectAppError(removePasskey({ ...other, secondFactorAt: new Date(Date.now() - 60 * 60_000) }, { passkeyId: theirs.id }), "forbidden");
    expect(await prisma.passkey.count({ where: { userId: other.id } })).toBe(1);
    await removePasskey(other, { passkeyId: theirs.id });
    expect(await prisma.passkey.count({ where: { userId: other.id } })).toBe(0);
    expect(await audits(other.id, "second_factor.passkey_remove")).toEqual([{ changes: { passkey: { before: theirs.id, after: null } } }]);
    // TOTP is still there: the recovery codes stay.
    expect((await reload(other))?.secondFactor).toBe("verified");
  });

  it("refuses removing the last factor when the role requires one, allows it once another passkey exists", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    await addPasskey(rep);
    const verified = (await reload(rep))!;
    const [only] = await listMyPasskeys(verified);
    const error = await expectAppError(removePasskey(verified, { passkeyId: only!.id }), "conflict");
    expect(error.messageKey).toBe("security.passkey.lastFactor");
    expect(await prisma.passkey.count({ where: { userId: rep.id } })).toBe(1);
    expect(await audits(rep.id, "second_factor.passkey_remove")).toHaveLength(0);
    await addPasskey(verified);
    await removePasskey(verified, { passkeyId: only!.id });
    expect(await prisma.passkey.count({ where: { userId: rep.id } })).toBe(1);
  });

  it("two removals at once cannot take away the last required factor", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    await addPasskey(rep);
    const verified = (await reload(rep))!;
    await addPasskey(verified);
    const [a, b] = await listMyPasskeys(verified);
    const results = await Promise.allSettled([removePasskey(verified, { passkeyId: a!.id }), removePasskey(verified, { passkeyId: b!.id })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.passkey.count({ where: { userId: rep.id } })).toBe(1);
  });

  it("a role without the requirement may remove its only factor: the recovery codes go with it", async () => {
    const viewer = await createActor("viewer", { secondFactor: false });
    const { result } = await addPasskey(viewer);
    expect(result.recoveryCodes).toHaveLength(10);
    const verified = (await reload(viewer))!;
    const [only] = await listMyPasskeys(verified);
    await removePasskey(verified, { passkeyId: only!.id });
    expect(await prisma.recoveryCode.count({ where: { userId: viewer.id } })).toBe(0);
    expect((await reload(viewer))?.secondFactor).toBe("none");
  });
});
