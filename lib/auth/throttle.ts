import "server-only";

import { createHmac } from "node:crypto";

import { RateLimiterPostgres } from "rate-limiter-flexible";

import {
  accountState,
  afterFailure,
  type TAccountState,
  type TLoginThrottleConfig,
} from "@/lib/auth/login-throttle";
import { recordAudit } from "@/lib/audit/record";
import { getPool, prisma } from "@/lib/db";
import { runInDbContext } from "@/lib/db-context";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/net/client-address";
import { notify } from "@/lib/notifications/notify";

/**
 * Sign-in throttling, in PostgreSQL so that it holds across app instances (ADR 0032). Only failures count.
 * - Per account (table login_failures): a growing delay, then past the limit the second factor or a wait
 *   (lib/auth/login-throttle.ts) — never the right password refused for good, so nobody can keep a rep
 *   out by typing wrong passwords. The holder is told (in the app and by e-mail); an admin can unlock.
 * - Per client address (table rate_limits): a plain limit per window, whatever the account.
 * Keys are HMACs of the e-mail / client address: no raw identifier is stored.
 */
let clientLimiter: RateLimiterPostgres | undefined;

function getClientLimiter(): RateLimiterPostgres {
  if (!clientLimiter) {
    const { LOGIN_MAX_FAILURES_PER_CLIENT, LOGIN_THROTTLE_WINDOW_MINUTES } =
      env();
    clientLimiter = new RateLimiterPostgres({
      storeClient: getPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: LOGIN_THROTTLE_WINDOW_MINUTES * 60,
      keyPrefix: "login-client",
      points: LOGIN_MAX_FAILURES_PER_CLIENT,
    });
  }
  return clientLimiter;
}

export function throttleConfig(): TLoginThrottleConfig {
  const config = env();
  return {
    slowDownAfter: config.LOGIN_SLOWDOWN_AFTER,
    maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS,
    limit: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    lockMinutes: config.LOGIN_LOCK_MINUTES,
    windowHours: 24,
  };
}

function digest(kind: string, value: string): string {
  return createHmac("sha256", env().AUTH_SECRET)
    .update(`${kind}:${value}`)
    .digest("hex");
}

export function accountKey(email: string): string {
  return digest("account", email.trim().toLowerCase());
}

function clientKey(headers: Headers): string {
  return digest("client", clientAddress(headers));
}

/** Seconds before this client address may try again (0: now). */
export async function clientWaitSeconds(headers: Headers): Promise<number> {
  const limiter = getClientLimiter();
  const state = await limiter.get(clientKey(headers));
  return state && state.consumedPoints >= limiter.points
    ? Math.ceil(state.msBeforeNext / 1000)
    : 0;
}

export async function accountThrottle(email: string): Promise<TAccountState> {
  const row = await prisma.loginFailure.findUnique({
    where: { key: accountKey(email) },
    select: { failures: true, lastFailureAt: true, lockedAt: true },
  });
  return accountState(row, throttleConfig());
}

/**
 * Counts a failed sign-in (wrong password, or wrong second-factor code) against the client address and
 * the account. When it takes the account past the limit, the holder (`userId`, when the e-mail is an
 * account's) is notified and the lock audited.
 */
export async function recordLoginFailure(
  email: string,
  headers: Headers,
  userId: string | null,
): Promise<void> {
  await getClientLimiter()
    .consume(clientKey(headers))
    .catch(() => undefined); // rejects past the limit: still counted
  const key = accountKey(email);
  const config = throttleConfig();
  // A sign-in has no session yet: the lock's notice is written as the account's own row (row-level
  // security, ADR 0037), the only notification this may write.
  const write = (work: () => Promise<void>) =>
    userId ? runInDbContext({ k: "user", id: userId }, work) : work();
  await write(() =>
    prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO login_failures (key, failures, last_failure_at) VALUES (${key}, 0, now()) ON CONFLICT (key) DO NOTHING`;
      const [
        row = { failures: 0, last_failure_at: new Date(), locked_at: null },
      ] = await tx.$queryRaw<
        { failures: number; last_failure_at: Date; locked_at: Date | null }[]
      >`
      SELECT failures, last_failure_at, locked_at FROM login_failures WHERE key = ${key} FOR UPDATE`;
      const current =
        row.failures === 0
          ? null
          : {
              failures: row.failures,
              lastFailureAt: row.last_failure_at,
              lockedAt: row.locked_at,
            };
      const next = afterFailure(current, config);
      await tx.loginFailure.update({
        where: { key },
        data: {
          failures: next.failures,
          lastFailureAt: next.lastFailureAt,
          lockedAt: next.lockedAt,
        },
      });
      if (next.newlyLocked && userId) {
        const lockedUntil = new Date(
          next.lockedAt!.getTime() + config.lockMinutes * 60_000,
        );
        await recordAudit(tx, {
          actorId: null,
          action: "auth.locked",
          entityType: "user",
          entityId: userId,
          changes: {
            failures: { before: next.failures - 1, after: next.failures },
          },
        });
        await notify(tx, {
          event: "account_locked",
          userIds: [userId],
          dedupKey: `account_locked:${next.lockedAt!.toISOString()}`,
          params: {
            failures: next.failures,
            lockedUntil: lockedUntil.toLocaleTimeString("fr-FR", {
              timeZone: "Europe/Paris",
              hour: "2-digit",
              minute: "2-digit",
            }),
          },
          link: "/account/security",
        });
      }
    }),
  );
}

/** A complete sign-in (password, and second factor where there is one) forgets the account's failures. */
export async function resetLoginFailures(email: string): Promise<void> {
  await prisma.loginFailure.deleteMany({ where: { key: accountKey(email) } });
}
