import "server-only";

import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * A rep reaches an employer's records only where their union is present (issue 15): attaching a rep to
 * an employer where it is absent would give an account that sees nothing there, so it is refused on the
 * field, naming what to do (mark the union present, or leave the employer out).
 */
export async function assertUnionPresent(unionId: string, employerIds: readonly string[], field = "employerIds"): Promise<void> {
  if (employerIds.length === 0) return;
  const present = await prisma.unionEmployer.count({ where: { unionId, employerId: { in: [...employerIds] } } });
  if (present !== employerIds.length) throw new AppError("invalid", "users.unionAbsent", { field });
}
