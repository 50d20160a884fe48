import "server-only";

import { recordFailure, recordSuccess, secondsUntilAllowed, throttleKeys } from "@/lib/auth/throttle";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { clientAddress } from "@/lib/net/client-address";
import { ZLogin } from "@/lib/users/schemas";

export type TVerifiedUser = { id: string; email: string; name: string; sessionVersion: number };
export type TCredentialsResult =
  | { status: "ok"; user: TVerifiedUser }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. Invariant: a wrong e-mail, a wrong password, a deactivated account
 * and an invited account without password all give the same answer in about the same time.
 */
export async function verifyCredentials(raw: unknown, headers: Headers): Promise<TCredentialsResult> {
  const parsed = ZLogin.safeParse(raw);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;

  const keys = throttleKeys(email, clientAddress(headers));
  const retryAfterSeconds = await secondsUntilAllowed(keys);
  if (retryAfterSeconds > 0) {
    logger.warn({ event: "login.throttled" }, "sign-in throttled");
    return { status: "throttled", retryAfterSeconds };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);

  if (!user || !user.passwordHash || !passwordOk || user.deactivatedAt) {
    await recordFailure(keys);
    logger.info({ event: "login.failed" }, "sign-in failed");
    return { status: "invalid" };
  }

  await recordSuccess(keys);
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  logger.info({ event: "login.succeeded", userId: user.id }, "signed in");
  return {
    status: "ok",
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
