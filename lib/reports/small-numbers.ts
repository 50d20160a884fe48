/**
 * Small numbers protect people (issue 4, point 7): outside the triage inbox, a count of reports under the
 * threshold (SMALL_COUNT_THRESHOLD, 5 by default) is never shown as such, only as "fewer than 5", so that
 * a report from a small team cannot point at its author. Pure: the threshold is passed in.
 */
export type TProtectedCount = { kind: "exact"; value: number } | { kind: "fewer_than"; threshold: number };

export function protectCount(count: number, threshold: number): TProtectedCount {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Not a count: ${count}`);
  return count < threshold ? { kind: "fewer_than", threshold } : { kind: "exact", value: count };
}
