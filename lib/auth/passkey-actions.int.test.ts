import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { SESSION_COOKIE } from "@/lib/auth/auth.config";
import { resolveSessionUser, type TCurrentUser } from "@/lib/auth/session";
import { startUserSession } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import { createActor } from "@/tests/factories";
import { SoftwareAuthenticator } from "@/tests/factories/software-authenticator";

/**
 * The passkey server actions, whatever the page did: each accepts only the session state of its step
 * (lib/auth/session.ts requireActor), and the data layer checks again.
 */
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers(),
}));

beforeEach(() => jar.cookies.clear());

async function signedInAs(userId: string): Promise<TCurrentUser> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sessionId = await startUserSession({ id: userId, sessionVersion }, "vitest");
  const value = await encode({ token: { sub: userId, sid: sessionId, sv: sessionVersion }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE.name, maxAge: 3600 });
  jar.cookies.set(SESSION_COOKIE.name, value);
  return (await resolveSessionUser({ userId, sessionId, sessionVersion }))!;
}

const account = () => import("@/app/(app)/account/security/actions");
const enrol = () => import("@/app/(auth)/login/enrol/actions");
const step = () => import("@/app/(auth)/login/second-factor/actions");

describe("passkey actions", () => {
  it("a session at the code step may use a passkey, but neither add nor remove one", async () => {
    const rep = await createActor("rep");
    const authenticator = new SoftwareAuthenticator();
    await prisma.passkey.create({ data: { userId: rep.id, credentialId: authenticator.id, publicKey: Buffer.from([1]), device: "x" } });
    const [passkey] = await prisma.passkey.findMany({ where: { userId: rep.id } });
    await signedInAs(rep.id);
    const { passkeyRegistrationOptionsAction, registerPasskeyAction, removePasskeyAction } = await account();
    const pending = { ok: false, formError: "errors.secondFactorPending" };
    expect(await passkeyRegistrationOptionsAction({})).toEqual(pending);
    expect(await registerPasskeyAction({ response: authenticator.register({ challenge: "eA" }) as never })).toEqual(pending);
    expect(await removePasskeyAction({ passkeyId: passkey!.id })).toEqual(pending);
    expect(await (await enrol()).enrolPasskeyOptionsAction({})).toEqual(pending);
    expect((await (await step()).passkeyOptionsAction({})).ok).toBe(true);
    expect(await prisma.passkey.count({ where: { userId: rep.id } })).toBe(1);
  });

  it("a session that must enrol may register a passkey at enrolment only, not sign in with one", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    const session = await signedInAs(rep.id);
    const enrolRequired = { ok: false, formError: "errors.secondFactorEnrolRequired" };
    expect(await (await step()).passkeyOptionsAction({})).toEqual(enrolRequired);
    expect(await (await account()).passkeyRegistrationOptionsAction({})).toEqual(enrolRequired);
    const { enrolPasskeyOptionsAction, enrolPasskeyAction } = await enrol();
    const options = await enrolPasskeyOptionsAction({});
    if (!options.ok) throw new Error(JSON.stringify(options));
    const authenticator = new SoftwareAuthenticator();
    const result = await enrolPasskeyAction({ response: authenticator.register(options.data) as never });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.recoveryCodes).toHaveLength(10);
    expect((await resolveSessionUser({ userId: rep.id, sessionId: session.sessionId, sessionVersion: 0 }))?.secondFactor).toBe("verified");
  });

  it("the sign-in step: a right passkey verifies the session, a malformed answer or id is refused in French keys", async () => {
    const rep = await createActor("rep", { secondFactor: false });
    const enrolling = await signedInAs(rep.id);
    const { enrolPasskeyOptionsAction, enrolPasskeyAction } = await enrol();
    const authenticator = new SoftwareAuthenticator();
    const created = await enrolPasskeyOptionsAction({});
    if (!created.ok) throw new Error("options");
    await enrolPasskeyAction({ response: authenticator.register(created.data) as never });
    expect(enrolling.secondFactor).toBe("enrol");

    const pending = await signedInAs(rep.id);
    const { passkeyOptionsAction, verifyPasskeyAction } = await step();
    expect(await verifyPasskeyAction({ response: { id: "x" } as never })).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
    const options = await passkeyOptionsAction({});
    if (!options.ok) throw new Error("options");
    expect(await verifyPasskeyAction({ response: authenticator.assert(options.data) as never })).toEqual({ ok: true, data: undefined });
    expect((await resolveSessionUser({ userId: rep.id, sessionId: pending.sessionId, sessionVersion: 0 }))?.secondFactor).toBe("verified");
    expect(await (await account()).removePasskeyAction({ passkeyId: "not-a-uuid" })).toEqual({ ok: false, fieldErrors: { passkeyId: ["errors.notFound"] } });
  });
});
