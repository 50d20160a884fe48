import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ToolSearch } from "@/components/tools/tool-search";
import { ToolTable } from "@/components/tools/tool-table";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listTools } from "@/lib/tools/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tools"))("title") };
}

export default async function ToolsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePagePermission("tool:read");
  const { q: raw } = await searchParams;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 100);
  const [t, tools] = await Promise.all([getTranslations("tools"), listTools(actor, { q })]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor.role, "tool:create") ? (
            <Link href="/tools/new" className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">
              {t("create")}
            </Link>
          ) : null
        }
      />
      <ToolSearch q={q} />
      <ToolTable tools={tools} q={q} />
    </>
  );
}
