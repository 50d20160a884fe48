import { can, type TPermission, type TRole } from "@/lib/authz/permissions";

/** The signed-in navigation, as data: an item shows when the role has any of its permissions. */
/** `instanceWide`: only for accounts of no union (the federation view, issue 15). */
export const NAV_ITEMS: { href: string; labelKey: string; anyOf?: TPermission[]; instanceWide?: true }[] = [
  { href: "/", labelKey: "nav.home" },
  { href: "/cases", labelKey: "nav.cases", anyOf: ["case:read:any", "case:read:assigned"] },
  { href: "/reports", labelKey: "nav.reports", anyOf: ["report:triage:any", "report:triage:assigned"] },
  { href: "/dashboards", labelKey: "nav.dashboards", anyOf: ["dashboard:read"] },
  { href: "/employers", labelKey: "nav.employers", anyOf: ["employer:read:any", "employer:read:assigned"] },
  { href: "/tools", labelKey: "nav.tools", anyOf: ["tool:read"] },
  { href: "/agreements", labelKey: "nav.agreements", anyOf: ["case:read:any", "case:read:assigned"] },
  { href: "/federation", labelKey: "nav.federation", anyOf: ["federation:read"], instanceWide: true },
  { href: "/admin/users", labelKey: "nav.users", anyOf: ["user:manage"] },
  { href: "/admin/unions", labelKey: "nav.unions", anyOf: ["union:manage"] },
  { href: "/admin/legal-calendar", labelKey: "nav.legalCalendar", anyOf: ["legal-calendar:manage"] },
  { href: "/admin/letter-templates", labelKey: "nav.letterTemplates", anyOf: ["letter-template:manage"] },
  { href: "/admin/jobs", labelKey: "nav.jobs", anyOf: ["jobs:read"] },
  { href: "/admin/audit", labelKey: "nav.audit", anyOf: ["audit:read"] },
  { href: "/account/calendar", labelKey: "nav.calendar", anyOf: ["case:read:any", "case:read:assigned"] },
  { href: "/account/api-tokens", labelKey: "nav.apiTokens" },
  { href: "/account/password", labelKey: "nav.account" },
];

export function navItemsFor(role: TRole, unionId: string | null = null) {
  return NAV_ITEMS.filter(
    (item) => (!item.anyOf || item.anyOf.some((permission) => can(role, permission))) && (!item.instanceWide || unionId === null),
  );
}
