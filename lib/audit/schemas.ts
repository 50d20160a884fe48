/** The audit page's filters (issue 16, point 6): pure, shared by the page, its CSV export and the tests. */
import { z } from "zod";

import { isCalendarDate } from "@/lib/consultations/calendar-date";

const ZDay = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDate(value), { error: "audit.errors.date" })
  .transform((value) => (value === "" ? undefined : value));

const ZText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "audit.errors.tooLong" })
    .transform((value) => (value === "" ? undefined : value));

export const ZAuditQuery = z.object({
  /** The account: part of its e-mail address. */
  actor: ZText(120).optional(),
  /** The action, exactly ("read.report") or a family ("read."). */
  action: ZText(64).optional(),
  /** The record's id, exactly. */
  entityId: ZText(64).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  /** Keyset cursor: the id of the last row of the previous page. */
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional()
    .catch(undefined),
});
export type TAuditQuery = z.output<typeof ZAuditQuery>;

const KEYS = ["actor", "action", "entityId", "from", "to", "before"] as const;

type TParams = URLSearchParams | Record<string, string | string[] | undefined>;

function paramOf(params: TParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** URL search params → the filters; a bad value is dropped with its error, never thrown. */
export function parseAuditQuery(params: TParams): { query: TAuditQuery; errors: Record<string, string> } {
  const raw = Object.fromEntries(KEYS.flatMap((key) => {
    const value = paramOf(params, key);
    return value === undefined ? [] : [[key, value]];
  }));
  const errors: Record<string, string> = {};
  const query: TAuditQuery = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = ZAuditQuery.shape[key as keyof typeof ZAuditQuery.shape];
    const parsed = field.safeParse(value);
    if (parsed.success) Object.assign(query, { [key]: parsed.data });
    else errors[key] = parsed.error.issues[0]?.message ?? "audit.errors.invalid";
  }
  return { query, errors };
}

/** The filters as a query string ("?actor=…"), empty when there are none. */
export function auditSearch(query: TAuditQuery): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
