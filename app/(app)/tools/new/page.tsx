import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ToolForm } from "@/components/tools/tool-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tools"))("createTitle") };
}

export default async function NewToolPage() {
  await requirePagePermission("tool:create");
  const t = await getTranslations("tools");
  return (
    <>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <Card className="max-w-2xl">
        <ToolForm />
      </Card>
    </>
  );
}
