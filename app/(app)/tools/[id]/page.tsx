import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ToolCard } from "@/components/tools/tool-card";
import { ToolCorrections } from "@/components/tools/tool-corrections";
import { ToolMergeForm } from "@/components/tools/tool-merge-form";
import { ToolUsage } from "@/components/tools/tool-usage";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guards";
import { getTool, listMergeCandidates } from "@/lib/tools/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tools"))("detailTitle") };
}

export default async function ToolPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("tool:read");
  const { id } = await params;
  const tool = await orNotFound(getTool(actor, id));
  const canMerge = can(actor.role, "tool:merge");
  const [t, candidates] = await Promise.all([getTranslations("tools"), canMerge ? listMergeCandidates(actor, tool.id) : []]);
  return (
    <>
      <PageHeader
        title={`${tool.vendor} — ${tool.productName}`}
        actions={
          can(actor.role, "tool:create") ? (
            <Link href={`/tools/${tool.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
              {t("edit")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ToolCard tool={tool} />
        <ToolUsage tool={tool} />
        {tool.corrections.length > 0 ? (
          <Card title={t("corrections.title")} className="lg:col-span-2">
            <ToolCorrections corrections={tool.corrections} />
          </Card>
        ) : null}
        {canMerge ? (
          <Card title={t("mergeTitle")} className="lg:col-span-2">
            <ToolMergeForm keepId={tool.id} candidates={candidates} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
