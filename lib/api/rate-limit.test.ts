import { describe, expect, it } from "vitest";

import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows `limit` requests per window and key, then says how long to wait", () => {
    const limiter = createRateLimiter({ limit: () => 3, windowMs: 60_000 });
    expect([1, 2, 3].map(() => limiter.take("a", 1_000).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", 16_000)).toEqual({ ok: false, retryAfterSeconds: 45 });
    expect(limiter.take("b", 16_000)).toEqual({ ok: true, remaining: 2 });
    expect(limiter.take("a", 61_000)).toEqual({ ok: true, remaining: 2 });
  });

  it("never answers a wait under one second, and forgets finished windows when full", () => {
    const limiter = createRateLimiter({ limit: () => 1, windowMs: 1_000, maxKeys: 2 });
    limiter.take("a", 0);
    expect(limiter.take("a", 999)).toEqual({ ok: false, retryAfterSeconds: 1 });
    limiter.take("b", 0);
    expect(limiter.take("c", 5_000)).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take("a", 5_001)).toEqual({ ok: true, remaining: 0 });
  });
});
