import { AppError } from "@/lib/errors";

/**
 * The union a new union-owned record (case, agreement) belongs to (issue 15): a rep's own; for an admin,
 * the one asked for, or the only union present at the employer. It must be present at the employer.
 * `present`: the unions present there (union_employers).
 */
export function recordUnion(
  actor: { unionId: string | null },
  present: readonly string[],
  asked: string | undefined,
  /** Where the form shows "choose the union" (a form without a union field: next to the employer). */
  unionField = "unionId",
  requiredKey = "cases.validation.unionRequired",
): string {
  const unionId = actor.unionId ?? asked ?? (present.length === 1 ? present[0] : undefined);
  if (!unionId) {
    if (present.length === 0) throw new AppError("invalid", "cases.validation.noUnionAtEmployer", { field: "employerId" });
    // The case form asks an admin for the union where several are present.
    throw new AppError("invalid", requiredKey, { field: unionField });
  }
  if (!present.includes(unionId)) throw new AppError("invalid", "cases.validation.noUnionAtEmployer", { field: "employerId" });
  return unionId;
}
