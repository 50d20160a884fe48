import { createTranslator } from "next-intl";

import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { auditCsvFileName, buildAuditCsv } from "@/lib/audit/csv";
import { listAuditEventsForExport } from "@/lib/audit/queries";
import { recordRead } from "@/lib/audit/record-read";
import { parseAuditQuery } from "@/lib/audit/schemas";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { MESSAGES } from "@/messages";

export const dynamic = "force-dynamic";

/**
 * The audit trail as CSV, with the page's filters. Admins only: signed out 401, any other role 404
 * (nothing says the export exists). The export is itself audited (read.audit_export).
 */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor) return new Response(null, { status: 401 });
  if (actor.mustChangePassword || !can(actor.role, "audit:read")) return new Response(null, { status: 404 });
  const { query } = parseAuditQuery(new URL(request.url).searchParams);
  const rows = await listAuditEventsForExport(actor, query);
  await recordRead(actor.id, "read.audit_export", { type: "audit_event", id: "export" });
  // NOTE: MESSAGES is typed Record<string, unknown>; this cast only widens the keys to string.
  const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
  return new Response(buildAuditCsv(rows, (key) => t(key)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditCsvFileName(todayInParis())}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
