/**
 * Per-account sign-in slow-down and lock, pure (ADR 0032). Replaces the former "5 failures, 15 minutes"
 * lock, which let anyone keep a rep out by typing wrong passwords:
 * - below `slowDownAfter` failures, nothing; then each failure makes the next attempt wait 1 s, 2 s, 4 s…
 *   up to `maxDelaySeconds` after it (a slow-down, not a refusal);
 * - at `limit` failures the account is locked for `lockMinutes`: an account with a second factor still
 *   signs in (right password, then the factor), one without it waits; an admin can unlock at once.
 * Failures older than `windowHours` are forgotten; a lock that has run out starts the count anew.
 */
export type TLoginThrottleConfig = {
  slowDownAfter: number;
  maxDelaySeconds: number;
  limit: number;
  lockMinutes: number;
  windowHours: number;
};

export type TLoginFailureRow = { failures: number; lastFailureAt: Date; lockedAt: Date | null };

export type TAccountState = {
  /** Failures that still count. */
  failures: number;
  /** Seconds before the next attempt may be checked (slow-down); 0: now. */
  waitSeconds: number;
  /** Locked: past the limit, until `lockEndsAt`. */
  locked: boolean;
  lockEndsAt: Date | null;
};

export function delayAfter(failures: number, config: TLoginThrottleConfig): number {
  if (failures < config.slowDownAfter) return 0;
  return Math.min(2 ** (failures - config.slowDownAfter), config.maxDelaySeconds);
}

/** What a row of login_failures means now (null row: a fresh account). */
export function accountState(row: TLoginFailureRow | null, config: TLoginThrottleConfig, now = new Date()): TAccountState {
  const fresh: TAccountState = { failures: 0, waitSeconds: 0, locked: false, lockEndsAt: null };
  if (!row) return fresh;
  if (now.getTime() - row.lastFailureAt.getTime() > config.windowHours * 3_600_000) return fresh;
  if (row.lockedAt) {
    const lockEndsAt = new Date(row.lockedAt.getTime() + config.lockMinutes * 60_000);
    if (lockEndsAt <= now) return fresh;
    const waitSeconds = Math.max(0, Math.ceil((row.lastFailureAt.getTime() + delayAfter(row.failures, config) * 1000 - now.getTime()) / 1000));
    return { failures: row.failures, waitSeconds, locked: true, lockEndsAt };
  }
  const waitSeconds = Math.max(0, Math.ceil((row.lastFailureAt.getTime() + delayAfter(row.failures, config) * 1000 - now.getTime()) / 1000));
  return { failures: row.failures, waitSeconds, locked: false, lockEndsAt: null };
}

/** The row after one more failure; `newlyLocked` when this failure reached the limit. */
export function afterFailure(
  row: TLoginFailureRow | null,
  config: TLoginThrottleConfig,
  now = new Date(),
): TLoginFailureRow & { newlyLocked: boolean } {
  const state = accountState(row, config, now);
  const failures = state.failures + 1;
  const lockedAt = state.locked ? row!.lockedAt : failures >= config.limit ? now : null;
  return { failures, lastFailureAt: now, lockedAt, newlyLocked: !state.locked && lockedAt !== null };
}

/** Seconds until a locked account without a second factor may sign in again. */
export function secondsUntil(date: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 1000));
}
