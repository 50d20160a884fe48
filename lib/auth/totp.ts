/**
 * TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 (what every authenticator app reads),
 * one step of clock drift either way. Pure. A code is accepted once: the caller stores the time step
 * of the last accepted code and passes it back as `lastTimeStep`.
 */
import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

export const TOTP_ISSUER = "Vigie IA";
const PERIOD = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret, period: PERIOD, digits: 6 });
}

/** The current code (tests, the e2e fixture; never used to check a code). */
export function totpCode(secret: string, at = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(at / 1000), period: PERIOD });
}

export function isTotpCodeShape(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ""));
}

/** The time step of the accepted code, or null (wrong code, or a step at or before `lastTimeStep`). */
export function verifyTotp(secret: string, code: string, lastTimeStep: number, at = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!isTotpCodeShape(token)) return null;
  const result = verifySync({
    secret,
    token,
    period: PERIOD,
    epoch: Math.floor(at / 1000),
    epochTolerance: PERIOD,
    ...(lastTimeStep > 0 ? { afterTimeStep: lastTimeStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
