import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { UnionMembers, UnionPresence } from "@/components/unions/union-controls";
import { UnionForm } from "@/components/unions/union-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guards";
import { getUnion } from "@/lib/unions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unions"))("detailTitle") };
}

export default async function UnionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("union:manage");
  const { id } = await params;
  const union = await orNotFound(getUnion(actor, id));
  const t = await getTranslations("unions");
  return (
    <>
      <PageHeader title={`${union.shortName} — ${union.name}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("membersTitle")}>
          <UnionMembers union={union} />
        </Card>
        <Card title={t("employersTitle")}>
          <UnionPresence union={union} />
        </Card>
        <Card title={t("renameTitle")}>
          <UnionForm union={union} />
        </Card>
      </div>
    </>
  );
}
