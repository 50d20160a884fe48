/**
 * Who may do what, as data. One helper (`can`) reads this table; pages hide what a role cannot do,
 * and every server action and route handler checks it again (lib/authz/guard.ts).
 *
 * Scope: ":any" applies to every employer; ":assigned" only to the employers the user is attached to.
 */
export const ROLES = ["admin", "rep", "viewer"] as const;
export type TRole = (typeof ROLES)[number];

export const PERMISSIONS = [
  "user:manage",
  "employer:manage",
  "employer:read:any",
  "employer:read:assigned",
  "dashboard:read",
  "account:update-own",
  "case:read:any",
  "case:read:assigned",
  "case:write:any",
  "case:write:assigned",
  "tool:read",
  "tool:create",
  "tool:merge",
  /** Member reports: triage (read, answer, link) for every employer / the employers one is attached to. */
  "report:triage:any",
  "report:triage:assigned",
  /** Admins: reports naming an employer unknown to the app, and assigning them. */
  "report:assign-employer",
  /** Admins: dashboard visibility of each employer. */
  "dashboard:configure",
  /** Admins: the legal calendar of the compliance rules and the letter templates. */
  "legal-calendar:manage",
  "letter-template:manage",
  /** Admins: the background jobs page (queues, last runs, failures). */
  "jobs:read",
  /** Admins: the audit trail page and its CSV export (issue 16, point 6). */
  "audit:read",
  /** Admins: unions, their members and the employers each is present at (issue 15). */
  "union:manage",
  /** Reps: accept or refuse another union's correction of a catalogue tool their union's cases use. */
  "tool:correction:answer",
  /** Admins: decide a pending correction instead of the unions. */
  "tool:correction:arbitrate",
  /**
   * Viewers: the federation view, aggregates across unions, small-number protected, never case details.
   * Only an instance-wide viewer (no union) sees it.
   */
  "federation:read",
] as const;
export type TPermission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<TRole, readonly TPermission[]>> = {
  admin: [
    "user:manage",
    "employer:manage",
    "employer:read:any",
    "dashboard:read",
    "account:update-own",
    "case:read:any",
    "case:write:any",
    "tool:read",
    "tool:create",
    "tool:merge",
    "report:triage:any",
    "report:assign-employer",
    "dashboard:configure",
    "legal-calendar:manage",
    "letter-template:manage",
    "jobs:read",
    "audit:read",
    "union:manage",
    "tool:correction:arbitrate",
  ],
  rep: [
    "employer:read:assigned",
    "dashboard:read",
    "account:update-own",
    "case:read:assigned",
    "case:write:assigned",
    "tool:read",
    "tool:create",
    "report:triage:assigned",
    "tool:correction:answer",
  ],
  viewer: ["dashboard:read", "account:update-own", "federation:read"],
};

export function can(role: TRole | undefined | null, permission: TPermission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
