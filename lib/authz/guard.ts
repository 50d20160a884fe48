import type { TPermission, TRole } from "@/lib/authz/permissions";
import { can } from "@/lib/authz/permissions";
import { AppError } from "@/lib/errors";

/** Throws `forbidden` unless the actor's role has the permission. */
export function assertCan(actor: { role: TRole }, permission: TPermission): void {
  if (!can(actor.role, permission)) throw new AppError("forbidden", "errors.forbidden");
}
