/**
 * A fixed-window request counter per key (the account), in this process's memory. Pure apart from
 * its own map: the clock is an argument. Keys of finished windows are dropped as they are met, and
 * the map is swept when it grows, so an idle account costs nothing.
 */
export type TRateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter(options: { limit: () => number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;

  function sweep(now: number) {
    for (const [key, window] of windows) if (now - window.start >= options.windowMs) windows.delete(key);
  }

  return {
    take(key: string, now: number = Date.now()): TRateDecision {
      const limit = options.limit();
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        if (windows.size >= maxKeys) sweep(now);
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= limit) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + options.windowMs - now) / 1000)) };
      }
      window.count += 1;
      return { ok: true, remaining: limit - window.count };
    },
    reset() {
      windows.clear();
    },
  };
}
