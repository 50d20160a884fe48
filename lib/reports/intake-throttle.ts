import "server-only";

import { createHmac, randomBytes } from "node:crypto";

import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { addDays, fromCalendarDate, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Abuse resistance of the anonymous journey without tracking people (issue 4, point 5).
 *
 * - Throttle keys are HMAC-SHA256(client address, today's salt). The salt is 32 random bytes in
 *   throttle_salts, created by the first instance that needs it (ON CONFLICT DO NOTHING, so every
 *   instance uses the same one) and deleted once older than yesterday: from then on, no stored key can
 *   be tied to an address, even by someone holding the database and AUTH_SECRET. No raw address is
 *   ever stored or logged.
 * - Counters live in rate_limits (rate-limiter-flexible's RateLimiterPostgres), shared by every app
 *   instance. Windows are fixed and aligned (e.g. 14:00–15:00): a counter's expiry is the end of its
 *   window, never "first request + 1 h", which would record the time of a lone reporter's submission.
 *   Expired rows of this journey are deleted when a new window or day starts.
 * - Throttled requests are refused before any argon2 work; argon2 work itself is bounded per instance
 *   (withHashSlot), so a flood queues or is turned away instead of slowing the rest of the app.
 */

/** Who is asking, as the server action or route handler saw it. Only ever used hashed. */
export type TIntakeClient = { address: string };

export const SUBMIT_PREFIX = "report-submit";
export const RECEIPT_PREFIX = "report-receipt";

export const throttled = () => new AppError("throttled", "reportForm.errors.throttled");
export const busy = () => new AppError("throttled", "reportForm.errors.busy");

// ---------------------------------------------------------------------------------------------
// Daily salt

let cachedSalt: { day: TCalendarDate; salt: Buffer } | undefined;

/** Today's salt (Europe/Paris day), created on first use; older salts and expired counters are dropped. */
export async function currentSalt(today: TCalendarDate = todayInParis()): Promise<Buffer> {
  if (cachedSalt?.day === today) return cachedSalt.salt;
  const day = fromCalendarDate(today);
  await prisma.throttleSalt.createMany({ data: [{ day, salt: randomBytes(32) }], skipDuplicates: true });
  const row = await prisma.throttleSalt.findUniqueOrThrow({ where: { day }, select: { salt: true } });
  await prisma.throttleSalt.deleteMany({ where: { day: { lt: fromCalendarDate(addDays(today, -1)) } } });
  await deleteExpiredCounters();
  cachedSalt = { day: today, salt: Buffer.from(row.salt) };
  return cachedSalt.salt;
}

/** Forgets the in-process copy of the salt (tests that rotate days). */
export function forgetCachedSalt(): void {
  cachedSalt = undefined;
}

/** The throttle key of a client today: 64 hex characters, never the address. */
export async function clientKey(client: TIntakeClient, today?: TCalendarDate): Promise<string> {
  const salt = await currentSalt(today);
  return createHmac("sha256", salt).update(`vigie:intake:${client.address}`).digest("hex");
}

/** The fixed window `now` falls in: its number, and the seconds left until it ends. */
export function throttleWindow(now: number = Date.now()): { bucket: number; secondsLeft: number; endsAt: number } {
  const length = env().REPORT_THROTTLE_WINDOW_MINUTES * 60_000;
  const bucket = Math.floor(now / length);
  const endsAt = (bucket + 1) * length;
  return { bucket, endsAt, secondsLeft: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
}

let lastCleanedBucket: number | undefined;

/** The counter key of a client in the current window; drops expired counters once per window. */
async function windowKey(client: TIntakeClient): Promise<{ key: string; secondsLeft: number }> {
  const { bucket, secondsLeft } = throttleWindow();
  const key = `${await clientKey(client)}.${bucket}`;
  if (lastCleanedBucket !== bucket) {
    lastCleanedBucket = bucket;
    await deleteExpiredCounters();
  }
  return { key, secondsLeft };
}

async function deleteExpiredCounters(): Promise<void> {
  await prisma.rateLimit.deleteMany({
    where: { OR: [{ key: { startsWith: `${SUBMIT_PREFIX}:` } }, { key: { startsWith: `${RECEIPT_PREFIX}:` } }], expire: { lt: BigInt(Date.now()) } },
  });
}

// ---------------------------------------------------------------------------------------------
// Counters

export type TIntakeLimiters = { submissions: RateLimiterPostgres; receiptFailures: RateLimiterPostgres };

/** Limiters on the shared store. Two app instances build two of these and still share the counts. */
export function createIntakeLimiters(): TIntakeLimiters {
  const { REPORT_MAX_SUBMISSIONS_PER_CLIENT, REPORT_MAX_RECEIPT_FAILURES_PER_CLIENT, REPORT_THROTTLE_WINDOW_MINUTES } = env();
  const common = {
    storeClient: getPool(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    duration: REPORT_THROTTLE_WINDOW_MINUTES * 60,
  } as const;
  return {
    submissions: new RateLimiterPostgres({ ...common, keyPrefix: SUBMIT_PREFIX, points: REPORT_MAX_SUBMISSIONS_PER_CLIENT }),
    receiptFailures: new RateLimiterPostgres({ ...common, keyPrefix: RECEIPT_PREFIX, points: REPORT_MAX_RECEIPT_FAILURES_PER_CLIENT }),
  };
}

let limiters: TIntakeLimiters | undefined;
const defaultLimiters = () => (limiters ??= createIntakeLimiters());

/** Counts one report or reporter message; throws `throttled` past the limit (nothing else is done then). */
export async function consumeSubmission(client: TIntakeClient, use: TIntakeLimiters = defaultLimiters()): Promise<void> {
  const { key, secondsLeft } = await windowKey(client);
  try {
    await use.submissions.consume(key, 1, { customDuration: secondsLeft });
  } catch (error) {
    if (error instanceof RateLimiterRes) throw throttled();
    throw error;
  }
}

/** Throws `throttled` when this client has used up its wrong receipts; reads only. */
export async function assertReceiptAttemptAllowed(client: TIntakeClient, use: TIntakeLimiters = defaultLimiters()): Promise<void> {
  const state = await use.receiptFailures.get((await windowKey(client)).key);
  if (state && state.consumedPoints >= use.receiptFailures.points) throw throttled();
}

export async function recordReceiptFailure(client: TIntakeClient, use: TIntakeLimiters = defaultLimiters()): Promise<void> {
  // consume() rejects once the limit is passed; the failure is still counted, which is all we need.
  const { key, secondsLeft } = await windowKey(client);
  await use.receiptFailures.consume(key, 1, { customDuration: secondsLeft }).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

// ---------------------------------------------------------------------------------------------
// Bounded argon2 work

/**
 * At most `max` tasks at once, at most `queueMax` waiting; beyond that, `busy` at once. A finishing
 * task hands its slot straight to the next waiter, so the bound holds exactly.
 */
export function createSlots(max: number, queueMax: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < max) active += 1;
      else if (waiting.length >= queueMax) throw busy();
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else active -= 1;
      }
    },
    stats: () => ({ active, waiting: waiting.length }),
  };
}

let hashSlots: ReturnType<typeof createSlots> | undefined;

/** Runs receipt hashing (argon2id) within this instance's bound. */
export function withHashSlot<T>(task: () => Promise<T>): Promise<T> {
  hashSlots ??= createSlots(env().REPORT_HASH_CONCURRENCY, env().REPORT_HASH_QUEUE_MAX);
  return hashSlots.run(task);
}
