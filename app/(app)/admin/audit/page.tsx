import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { AuditFilters } from "@/components/audit/audit-filters";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditSearch, parseAuditQuery } from "@/lib/audit/schemas";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

/** Admins: the audit trail, newest first, filtered by who, what, when and which record (ADR 0033). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("audit:read");
  const { query, errors } = parseAuditQuery(await searchParams);
  const [{ rows, nextBefore }, t, format] = await Promise.all([listAuditEvents(actor, query), getTranslations("audit"), getFormatter()]);
  const filters = { ...query, before: undefined };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href={`/api/admin/audit/export${auditSearch(filters)}`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
            {t("export")}
          </a>
        }
      />
      <Card className="mb-6">
        <AuditFilters query={query} errors={errors} />
      </Card>
      <Card title={t("results")}>
        {rows.length === 0 ? (
          <p className="text-sm">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="audit-rows">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("columns.at")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.actor")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.action")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.entityType")}</th>
                  <th scope="col" className="py-2">{t("columns.entityId")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" })}</td>
                    <td className="py-2 pr-3">{row.actorEmail ?? t("system")}</td>
                    <td className="py-2 pr-3 font-mono">{row.action}</td>
                    <td className="py-2 pr-3 font-mono">{row.entityType}</td>
                    <td className="py-2 font-mono break-all">{row.entityId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {nextBefore ? (
          <p className="mt-4">
            <a href={`/admin/audit${auditSearch({ ...filters, before: nextBefore })}`} className="font-semibold text-indigo-800 underline">
              {t("next")}
            </a>
          </p>
        ) : null}
      </Card>
    </>
  );
}
