import { describe, expect, it } from "vitest";

import { accountState, afterFailure, delayAfter, type TLoginThrottleConfig } from "./login-throttle";

const config: TLoginThrottleConfig = { slowDownAfter: 3, maxDelaySeconds: 60, limit: 10, lockMinutes: 15, windowHours: 24 };
const t0 = new Date("2026-12-04T10:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("login slow-down", () => {
  it("waits nothing below the threshold, then 1, 2, 4… seconds, capped", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((failures) => delayAfter(failures, config))).toEqual([0, 0, 0, 1, 2, 4, 8, 60]);
  });

  it("counts the wait from the last failure", () => {
    const row = { failures: 5, lastFailureAt: t0, lockedAt: null };
    expect(accountState(row, config, later(1)).waitSeconds).toBe(3);
    expect(accountState(row, config, later(4)).waitSeconds).toBe(0);
    expect(accountState(row, config, later(4)).locked).toBe(false);
  });

  it("locks at the limit, once, and the lock runs out instead of lasting forever", () => {
    let row = null as ReturnType<typeof afterFailure> | null;
    const locks: boolean[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      row = afterFailure(row, config, later(attempt * 100));
      locks.push(row.newlyLocked);
    }
    expect(locks.filter(Boolean)).toHaveLength(1);
    expect(locks[9]).toBe(true);
    const lockedAt = row!.lockedAt!;
    expect(accountState(row, config, new Date(lockedAt.getTime() + 60_000)).locked).toBe(true);
    expect(accountState(row, config, new Date(lockedAt.getTime() + 15 * 60_000 + 1))).toEqual({ failures: 0, waitSeconds: 0, locked: false, lockEndsAt: null });
  });

  it("forgets failures after the window", () => {
    const row = { failures: 8, lastFailureAt: t0, lockedAt: null };
    expect(accountState(row, config, later(24 * 3600 + 1)).failures).toBe(0);
    expect(afterFailure(row, config, later(24 * 3600 + 1)).failures).toBe(1);
  });
});
