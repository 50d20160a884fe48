import "server-only";

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

import { cookies } from "next/headers";

import { env, isSecureDeployment } from "@/lib/env";
import { FOLLOW_UP_MINUTES } from "@/lib/reports/follow-up-constants";

/**
 * After a correct receipt, the reporter stays "in" their report for a short while without the receipt
 * ever travelling again: not in a URL (no history, no proxy log), not in a log, not in a cookie a
 * script can read. The cookie holds {reportId, expiry} sealed with AES-256-GCM under a key derived
 * from AUTH_SECRET (not from the report keys, so rotating those keeps open follow-ups working): the
 * browser cannot read or forge it, and it dies with its expiry even if the browser keeps it.
 * HttpOnly, SameSite=Strict, path /suivi only.
 */
/** `__Secure-` over HTTPS: the browser then keeps it only from a secure page (its path is not /, so not `__Host-`). */
export const FOLLOW_UP_COOKIE = `${(process.env.APP_URL ?? "").startsWith("https://") ? "__Secure-" : ""}vigie_suivi`;
export const FOLLOW_UP_PATH = "/suivi";
export { FOLLOW_UP_MINUTES };

const IV_BYTES = 12;
const TAG_BYTES = 16;

function cookieKey(): Buffer {
  return createHmac("sha256", env().AUTH_SECRET).update("vigie:follow-up-cookie:v2").digest();
}

export function sealFollowUp(reportId: string, now: number = Date.now()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", cookieKey(), iv);
  const plaintext = JSON.stringify({ r: reportId, e: now + FOLLOW_UP_MINUTES * 60_000 });
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The report id in a sealed value, or null when it is forged, tampered with, from another key or expired. */
export function openFollowUp(value: string | undefined, now: number = Date.now()): string | null {
  if (!value || value.length > 512) return null;
  try {
    const raw = Buffer.from(value, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", cookieKey(), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plaintext = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    const { r, e } = JSON.parse(plaintext) as { r?: unknown; e?: unknown };
    return typeof r === "string" && typeof e === "number" && e > now ? r : null;
  } catch {
    return null;
  }
}

/** The report this browser opened with its receipt in the last minutes, if any. */
export async function followUpReportId(): Promise<string | null> {
  return openFollowUp((await cookies()).get(FOLLOW_UP_COOKIE)?.value);
}

export async function startFollowUp(reportId: string): Promise<void> {
  (await cookies()).set(FOLLOW_UP_COOKIE, sealFollowUp(reportId), {
    httpOnly: true,
    sameSite: "strict",
    secure: isSecureDeployment(),
    path: FOLLOW_UP_PATH,
    maxAge: FOLLOW_UP_MINUTES * 60,
  });
}

export async function endFollowUp(): Promise<void> {
  (await cookies()).set(FOLLOW_UP_COOKIE, "", { httpOnly: true, sameSite: "strict", secure: isSecureDeployment(), path: FOLLOW_UP_PATH, maxAge: 0 });
}
