import "server-only";

import { createHmac } from "node:crypto";

import { RateLimiterPostgres } from "rate-limiter-flexible";

import { getPool } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Sign-in throttling, stored in PostgreSQL (table rate_limits) so that it holds across app instances.
 * Only failures count. Keys are HMACs of the e-mail / client address: no raw identifier is stored.
 * The client address is the full one computed by scripts/server.mjs (lib/net/client-address.ts).
 */
type Limiters = { account: RateLimiterPostgres; client: RateLimiterPostgres };
let limiters: Limiters | undefined;

function getLimiters(): Limiters {
  if (!limiters) {
    const { LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_CLIENT, LOGIN_THROTTLE_WINDOW_MINUTES } = env();
    const common = {
      storeClient: getPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: LOGIN_THROTTLE_WINDOW_MINUTES * 60,
    } as const;
    limiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: "login-account", points: LOGIN_MAX_FAILURES_PER_ACCOUNT }),
      client: new RateLimiterPostgres({ ...common, keyPrefix: "login-client", points: LOGIN_MAX_FAILURES_PER_CLIENT }),
    };
  }
  return limiters;
}

function digest(kind: string, value: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${kind}:${value}`).digest("hex");
}

export type TThrottleKeys = { account: string; client: string };

export function throttleKeys(email: string, clientAddress: string): TThrottleKeys {
  return { account: digest("account", email.trim().toLowerCase()), client: digest("client", clientAddress) };
}

/** Seconds to wait before another attempt, or 0 when the attempt may go ahead. */
export async function secondsUntilAllowed(keys: TThrottleKeys): Promise<number> {
  const { account, client } = getLimiters();
  const [accountState, clientState] = await Promise.all([account.get(keys.account), client.get(keys.client)]);
  const blocked = [
    accountState && accountState.consumedPoints >= account.points ? accountState.msBeforeNext : 0,
    clientState && clientState.consumedPoints >= client.points ? clientState.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function recordFailure(keys: TThrottleKeys): Promise<void> {
  const { account, client } = getLimiters();
  // consume() rejects once the limit is passed; the failure is still counted, which is all we need.
  await Promise.allSettled([account.consume(keys.account), client.consume(keys.client)]);
}

export async function recordSuccess(keys: TThrottleKeys): Promise<void> {
  await getLimiters().account.delete(keys.account);
}
