import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ToolForm } from "@/components/tools/tool-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guards";
import { getTool } from "@/lib/tools/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tools"))("edit") };
}

export default async function EditToolPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("tool:create");
  const { id } = await params;
  const tool = await orNotFound(getTool(actor, id));
  const t = await getTranslations("tools");
  return (
    <>
      <PageHeader title={t("editTitle", { name: `${tool.vendor} ${tool.productName}` })} />
      <Card className="max-w-2xl">
        {tool.sharedWithOtherUnions && !can(actor.role, "tool:correction:arbitrate") ? (
          <div className="mb-4">
            <Alert tone="info">{t("corrections.sharedNote")}</Alert>
          </div>
        ) : null}
        <ToolForm
          tool={{
            id: tool.id,
            vendor: tool.vendor,
            productName: tool.productName,
            underlyingModel: tool.underlyingModel ?? "",
            functions: tool.functions,
            dataCategories: tool.dataCategories,
            dataProcessed: tool.dataProcessed ?? "",
            hostingRegion: tool.hostingRegion,
            trainsOnCustomerData: tool.trainsOnCustomerData,
            trainsOnEmployeeData: tool.trainsOnEmployeeData,
          }}
        />
      </Card>
    </>
  );
}
