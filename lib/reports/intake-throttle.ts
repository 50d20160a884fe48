import "server-only";

import { createHmac, randomBytes } from "node:crypto";

import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addressPrefix } from "@/lib/net/address-prefix";

/**
 * Abuse resistance of the anonymous journey without tracking people (issues 4.5 and 14.2).
 *
 * Invariant: nothing outside this process's memory can tie a throttle entry to an address, and
 * nothing in memory can once its window is over.
 * - The state lives in memory only, never in the database: no table, no row, no expiry column.
 * - Clients are coarse: the IPv4 /24 or IPv6 /48 of the trusted client address (lib/net).
 * - Windows are fixed and aligned (e.g. 14:00–15:00). Each window has its own key, 32 random bytes made
 *   in memory when the window starts; counters are keyed HMAC-SHA256(window key, prefix). When the
 *   window ends, its key and every counter are dropped together (timer, and on the next request).
 *   Nothing records the time of a request, only which window it fell in.
 * - At most REPORT_MAX_TRACKED_CLIENTS prefixes per window: past it, new prefixes are refused.
 * - Counts are per process: with N app instances a client gets up to N × the limit (accepted: a
 *   shared store would have to be somewhere an attacker with the database could read).
 * - Receipt hashing (argon2id) is bounded per instance: REPORT_HASH_CONCURRENCY at once, a queue of
 *   REPORT_HASH_QUEUE_MAX, and REPORT_MAX_HASHES_PER_MINUTE for all clients together, checked after
 *   the per-client limit. Past either bound, a clear 429 with the seconds to wait, never a silent wait.
 */

/** Who is asking, as the server action or route handler saw it (lib/net/client-address.ts). */
export type TIntakeClient = { address: string };

/** What a 429 tells the user: when to try again (AppError.details). */
export type TRetryAfter = { retryAfterSeconds: number; retryAfterMinutes: number };

function retryAfter(seconds: number): TRetryAfter {
  const retryAfterSeconds = Math.max(1, Math.ceil(seconds));
  return { retryAfterSeconds, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) };
}

/** This client (prefix) has used up its submissions or wrong receipts in the window. */
export const throttled = (secondsLeft: number) => new AppError("throttled", "reportForm.errors.throttled", { details: retryAfter(secondsLeft) });
/** The whole instance receives too many requests that need a receipt hash. */
export const busy = (secondsLeft: number) => new AppError("throttled", "reportForm.errors.busy", { details: retryAfter(secondsLeft) });

/** The seconds to wait carried by a 429 AppError, if any. */
export function retryAfterOf(details: unknown): number | undefined {
  const seconds = (details as Partial<TRetryAfter> | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) ? seconds : undefined;
}

// ---------------------------------------------------------------------------------------------
// Fixed, aligned windows

/** The fixed window `now` falls in: its number, its end, and the seconds left until it ends (≥ 1). */
export function alignedWindow(now: number, lengthMs: number): { index: number; endsAt: number; secondsLeft: number } {
  const index = Math.floor(now / lengthMs);
  const endsAt = (index + 1) * lengthMs;
  return { index, endsAt, secondsLeft: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
}

type TCounts = { submissions: number; receiptFailures: number };
type TWindow = { index: number; endsAt: number; key: Buffer; counts: Map<string, TCounts>; timer?: ReturnType<typeof setTimeout> };

export type TIntakeThrottleOptions = {
  windowMinutes: number;
  maxSubmissions: number;
  maxReceiptFailures: number;
  maxTrackedClients: number;
  now?: () => number;
};

/** One process's throttle state. The app uses one (defaultThrottle); tests make their own. */
export function createIntakeThrottle(options: TIntakeThrottleOptions) {
  const now = options.now ?? Date.now;
  const lengthMs = options.windowMinutes * 60_000;
  let current: TWindow | undefined;

  function drop(window: TWindow): void {
    if (window.timer) clearTimeout(window.timer);
    window.key.fill(0);
    window.counts.clear();
    if (current === window) current = undefined;
  }

  /** The current window, made (with a fresh key) when the previous one has ended. */
  function windowAt(time: number): { window: TWindow; secondsLeft: number } {
    const { index, endsAt, secondsLeft } = alignedWindow(time, lengthMs);
    if (current && current.index !== index) drop(current);
    if (!current) {
      const window: TWindow = { index, endsAt, key: randomBytes(32), counts: new Map() };
      // The key and counters go at the window's end even when no request comes to replace them.
      window.timer = setTimeout(() => drop(window), Math.max(0, endsAt - time));
      window.timer.unref?.();
      current = window;
    }
    return { window: current, secondsLeft };
  }

  /** The counters of a client in the current window; null when unknown and not created (or no room). */
  function countsOf(client: TIntakeClient, create: boolean): { counts: TCounts | null; secondsLeft: number; isFull: boolean } {
    const { window, secondsLeft } = windowAt(now());
    const key = createHmac("sha256", window.key).update(addressPrefix(client.address)).digest("base64url");
    let counts = window.counts.get(key);
    const isFull = window.counts.size >= options.maxTrackedClients;
    if (!counts && create && !isFull) {
      counts = { submissions: 0, receiptFailures: 0 };
      window.counts.set(key, counts);
    }
    return { counts: counts ?? null, secondsLeft, isFull };
  }

  return {
    /** Counts one report or reporter message; throws `throttled` past the limit (nothing else is done then). */
    consumeSubmission(client: TIntakeClient): void {
      const { counts, secondsLeft } = countsOf(client, true);
      if (!counts || counts.submissions >= options.maxSubmissions) throw throttled(secondsLeft);
      counts.submissions += 1;
    },
    /** Throws `throttled` when this client has used up its wrong receipts (or cannot be tracked); reads only. */
    assertReceiptAttemptAllowed(client: TIntakeClient): void {
      const { counts, secondsLeft, isFull } = countsOf(client, false);
      if (counts ? counts.receiptFailures >= options.maxReceiptFailures : isFull) throw throttled(secondsLeft);
    },
    recordReceiptFailure(client: TIntakeClient): void {
      const { counts } = countsOf(client, true);
      if (counts) counts.receiptFailures += 1;
    },
    /** What is held in memory right now (tests): how many prefixes, and until when. */
    stats: () => ({ trackedClients: current?.counts.size ?? 0, windowEndsAt: current?.endsAt ?? null }),
    /** Drops the current window at once (tests, shutdown). */
    reset: () => current && drop(current),
  };
}

export type TIntakeThrottle = ReturnType<typeof createIntakeThrottle>;

let defaultThrottle: TIntakeThrottle | undefined;

/** This process's throttle, configured from the environment. */
export function intakeThrottle(): TIntakeThrottle {
  if (!defaultThrottle) {
    const { REPORT_THROTTLE_WINDOW_MINUTES, REPORT_MAX_SUBMISSIONS_PER_CLIENT, REPORT_MAX_RECEIPT_FAILURES_PER_CLIENT, REPORT_MAX_TRACKED_CLIENTS } = env();
    defaultThrottle = createIntakeThrottle({
      windowMinutes: REPORT_THROTTLE_WINDOW_MINUTES,
      maxSubmissions: REPORT_MAX_SUBMISSIONS_PER_CLIENT,
      maxReceiptFailures: REPORT_MAX_RECEIPT_FAILURES_PER_CLIENT,
      maxTrackedClients: REPORT_MAX_TRACKED_CLIENTS,
    });
  }
  return defaultThrottle;
}

// Async, as the callers await them (they were database calls before).
export async function consumeSubmission(client: TIntakeClient, use: TIntakeThrottle = intakeThrottle()): Promise<void> {
  use.consumeSubmission(client);
}

export async function assertReceiptAttemptAllowed(client: TIntakeClient, use: TIntakeThrottle = intakeThrottle()): Promise<void> {
  use.assertReceiptAttemptAllowed(client);
}

export async function recordReceiptFailure(client: TIntakeClient, use: TIntakeThrottle = intakeThrottle()): Promise<void> {
  use.recordReceiptFailure(client);
}

// ---------------------------------------------------------------------------------------------
// Bounded argon2 work

/**
 * At most `max` tasks at once, at most `queueMax` waiting, at most `perMinute` started in each aligned
 * minute; beyond that, `busy` at once, with the seconds until the minute ends. A finishing task hands
 * its slot straight to the next waiter, so the bound holds exactly.
 */
export function createSlots(max: number, queueMax: number, perMinute = Number.POSITIVE_INFINITY, now: () => number = Date.now) {
  let active = 0;
  let minute = { index: -1, count: 0 };
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      const { index, secondsLeft } = alignedWindow(now(), 60_000);
      if (minute.index !== index) minute = { index, count: 0 };
      if (minute.count >= perMinute || (active >= max && waiting.length >= queueMax)) throw busy(secondsLeft);
      minute.count += 1;
      if (active < max) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else active -= 1;
      }
    },
    stats: () => ({ active, waiting: waiting.length, startedThisMinute: minute.count }),
  };
}

let hashSlots: ReturnType<typeof createSlots> | undefined;

/** Runs receipt hashing (argon2id) within this instance's bounds (call it after the per-client check). */
export function withHashSlot<T>(task: () => Promise<T>): Promise<T> {
  const { REPORT_HASH_CONCURRENCY, REPORT_HASH_QUEUE_MAX, REPORT_MAX_HASHES_PER_MINUTE } = env();
  hashSlots ??= createSlots(REPORT_HASH_CONCURRENCY, REPORT_HASH_QUEUE_MAX, REPORT_MAX_HASHES_PER_MINUTE);
  return hashSlots.run(task);
}
