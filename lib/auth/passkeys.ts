import "server-only";

import { generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse } from "@simplewebauthn/server";
import { isoUint8Array } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, AuthenticatorTransportFuture, RegistrationResponseJSON } from "@simplewebauthn/types";

import { Prisma } from "@/generated/prisma/client";
import { deviceLabel } from "@/lib/auth/device-label";
import { assertRecentSecondFactor, recordSecondFactorFailure, recordSecondFactorProved, replaceRecoveryCodes } from "@/lib/auth/second-factor";
import type { TCurrentUser } from "@/lib/auth/session";
import { resetLoginFailures } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { actingFor } from "@/lib/db-context";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * Passkeys (WebAuthn, @simplewebauthn/server 10) as a second factor beside TOTP (ADR 0031, ADR 0038).
 * The relying party is APP_URL's host: a page opened at another host name (127.0.0.1 for localhost)
 * cannot use them. Each session keeps the one challenge it was last given, for PASSKEY_CHALLENGE_MINUTES,
 * spent by the first answer whatever its outcome.
 */
export const PASSKEY_CHALLENGE_MINUTES = 5;

function relyingParty() {
  const url = new URL(env().APP_URL);
  return { rpID: url.hostname, origin: url.origin, rpName: "Vigie IA" };
}

async function giveChallenge(sessionId: string, challenge: string): Promise<void> {
  await prisma.userSession.update({
    where: { id: sessionId },
    data: {
      webauthnChallenge: challenge,
      webauthnChallengeExpiresAt: new Date(Date.now() + PASSKEY_CHALLENGE_MINUTES * 60_000),
    },
  });
}

/**
 * Invariant: a challenge serves once. It is cleared by a conditional update, so two answers racing
 * with the same challenge get one success at most; an expired one is cleared and refused.
 */
async function takeChallenge(sessionId: string): Promise<string | null> {
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    select: { webauthnChallenge: true, webauthnChallengeExpiresAt: true },
  });
  const challenge = session?.webauthnChallenge;
  if (!challenge) return null;
  const { count } = await prisma.userSession.updateMany({
    where: { id: sessionId, webauthnChallenge: challenge },
    data: { webauthnChallenge: null, webauthnChallengeExpiresAt: null },
  });
  if (count !== 1) return null;
  if (!session.webauthnChallengeExpiresAt || session.webauthnChallengeExpiresAt <= new Date()) return null;
  return challenge;
}

/** Credential ids are stored as the base64url the browser reports them in. */
const descriptor = (row: { credentialId: string; transports: string[] }) => ({
  id: row.credentialId,
  transports: row.transports as AuthenticatorTransportFuture[],
});

/**
 * Adding a passkey: a session that proved its factor recently (step-up), or one with no factor yet
 * (enrolment, or a user whose role does not require one). Never a session still at the second step.
 */
function assertMayAddPasskey(actor: TCurrentUser): void {
  if (actor.secondFactor === "pending") throw new AppError("forbidden", "errors.secondFactorPending");
  if (actor.secondFactor === "verified") assertRecentSecondFactor(actor);
}

/** Options to create a passkey (account security page after a step-up, or enrolment). */
export const passkeyRegistrationOptions = actingFor(async function passkeyRegistrationOptions(actor: TCurrentUser) {
  assertMayAddPasskey(actor);
  const { rpID, rpName } = relyingParty();
  const existing = await prisma.passkey.findMany({
    where: { userId: actor.id },
    select: { credentialId: true, transports: true },
  });
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    // The user handle: the account id's UTF-8 bytes, as @simplewebauthn/server 9 made of the string.
    userID: isoUint8Array.fromUTF8String(actor.id),
    userName: actor.email,
    userDisplayName: actor.name,
    timeout: 120_000,
    attestationType: "none",
    // The browser refuses to create a second passkey on an authenticator that already holds one of these.
    excludeCredentials: existing.map(descriptor),
    authenticatorSelection: {
      residentKey: "preferred",
      userVerification: "preferred",
    },
  });
  await giveChallenge(actor.sessionId, options.challenge);
  return options;
});

/**
 * Stores the passkey the browser created. The first factor of an account (enrolment) also gets its
 * recovery codes, returned this once, and verifies the session, as TOTP enrolment does.
 */
export const registerPasskey = actingFor(async function registerPasskey(
  actor: TCurrentUser,
  input: { response: RegistrationResponseJSON },
  userAgent: string | null,
): Promise<{ recoveryCodes: string[] | null }> {
  assertMayAddPasskey(actor);
  const expectedChallenge = await takeChallenge(actor.sessionId);
  if (!expectedChallenge) throw new AppError("invalid", "security.passkey.expired");
  const { rpID, origin } = relyingParty();
  // A second factor after the password: presence is enough, verification of the user is welcome (ADR 0038).
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch((error: unknown) => {
    logger.warn(
      {
        event: "passkey.registration_refused",
        reason: error instanceof Error ? error.message : String(error),
      },
      "passkey registration refused",
    );
    return null;
  });
  if (!verification?.verified || !verification.registrationInfo) throw new AppError("invalid", "security.passkey.failed");
  const info = verification.registrationInfo;
  const firstFactor = actor.secondFactor === "enrol" || actor.secondFactor === "none";
  try {
    return await prisma.$transaction(async (tx) => {
      const passkey = await tx.passkey.create({
        data: {
          userId: actor.id,
          credentialId: info.credentialID,
          publicKey: Buffer.from(info.credentialPublicKey),
          counter: info.counter,
          transports: (input.response.response.transports ?? []).slice(0, 8),
          device: deviceLabel(userAgent).slice(0, 80),
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "second_factor.passkey_add",
        entityType: "user",
        entityId: actor.id,
        changes: { passkey: { before: null, after: passkey.id } },
      });
      if (!firstFactor) return { recoveryCodes: null };
      const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
      await tx.userSession.update({
        where: { id: actor.sessionId },
        data: { secondFactorAt: new Date(), secondFactorFailures: 0 },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "second_factor.enrol",
        entityType: "user",
        entityId: actor.id,
        changes: { passkey: { before: false, after: true } },
      });
      return { recoveryCodes };
    });
  } catch (error) {
    // The same authenticator's credential again (excludeCredentials bypassed): the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "security.passkey.alreadyRegistered");
    throw error;
  }
});

/** Options to prove the factor with one of the user's passkeys (second-factor step or step-up). */
export const passkeyAuthenticationOptions = actingFor(async function passkeyAuthenticationOptions(actor: TCurrentUser) {
  if (actor.secondFactor !== "pending" && actor.secondFactor !== "verified") throw new AppError("forbidden", "security.noFactor");
  const passkeys = await prisma.passkey.findMany({
    where: { userId: actor.id },
    select: { credentialId: true, transports: true },
  });
  if (passkeys.length === 0) throw new AppError("invalid", "security.passkey.none");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    timeout: 120_000,
    userVerification: "preferred",
    allowCredentials: passkeys.map(descriptor),
  });
  await giveChallenge(actor.sessionId, options.challenge);
  return options;
});

/**
 * Checks the browser's assertion against one of the actor's own passkeys. A right one proves the factor
 * exactly as a TOTP code does (session flags, audit, account failures forgotten); anything else (no or
 * stale challenge, another user's or an unknown credential, a bad signature or counter) counts as a
 * wrong code (recordSecondFactorFailure) and leaves the session where it was.
 */
export const verifyPasskey = actingFor(async function verifyPasskey(
  actor: TCurrentUser,
  input: { response: AuthenticationResponseJSON },
  headers: Headers,
): Promise<void> {
  if (actor.secondFactor !== "pending" && actor.secondFactor !== "verified") throw new AppError("forbidden", "security.noFactor");
  const refuse = async (messageKey: string, reason: string): Promise<never> => {
    logger.warn({ event: "passkey.assertion_refused", reason }, "passkey assertion refused");
    await recordSecondFactorFailure(actor, headers, "passkey");
    throw new AppError("invalid", messageKey);
  };
  const expectedChallenge = await takeChallenge(actor.sessionId);
  if (!expectedChallenge) return refuse("security.passkey.expired", "no live challenge");
  // Another user's passkey is refused like an unknown one.
  const passkey = await prisma.passkey.findFirst({
    where: { credentialId: input.response.id, userId: actor.id },
    select: {
      id: true,
      publicKey: true,
      counter: true,
      credentialId: true,
      transports: true,
    },
  });
  if (!passkey) return refuse("security.passkey.failed", "not one of the account's passkeys");
  const { rpID, origin } = relyingParty();
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
      authenticator: {
        credentialID: passkey.credentialId,
        credentialPublicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
    });
  } catch (error) {
    return refuse("security.passkey.failed", error instanceof Error ? error.message : String(error));
  }
  if (!verification.verified) return refuse("security.passkey.failed", "signature not verified");
  await prisma.$transaction(async (tx) => {
    await tx.passkey.update({
      where: { id: passkey.id },
      data: {
        counter: verification.authenticationInfo.newCounter,
        lastUsedAt: new Date(),
      },
    });
    await recordSecondFactorProved(tx, actor, "passkey");
  });
  await resetLoginFailures(actor.email);
});

export type TPasskeyView = {
  id: string;
  device: string;
  addedOn: TCalendarDate;
  lastUsedOn: TCalendarDate | null;
};

/** The actor's own passkeys, oldest first, with their days (Paris) of creation and last use. */
export const listMyPasskeys = actingFor(async function listMyPasskeys(actor: TCurrentUser): Promise<TPasskeyView[]> {
  const rows = await prisma.passkey.findMany({
    where: { userId: actor.id },
    select: { id: true, device: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    device: row.device,
    addedOn: todayInParis(row.createdAt),
    lastUsedOn: row.lastUsedAt ? todayInParis(row.lastUsedAt) : null,
  }));
});
