import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { CalendarEntryEditor } from "@/components/compliance/calendar-entry-editor";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getCalendarRow } from "@/lib/compliance/calendar-queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compliance.calendar"))("title") };
}

export default async function LegalCalendarEntryPage({ params }: { params: Promise<{ ruleId: string }> }) {
  const actor = await requirePagePermission("legal-calendar:manage");
  const { ruleId } = await params;
  const row = await orNotFound(getCalendarRow(actor, ruleId));
  const t = await getTranslations("compliance");
  return (
    <>
      <PageHeader title={t("calendar.editTitle", { rule: row.ruleId, title: t(`rules.${row.ruleId}`) })} />
      <p className="mb-4">
        <Link href="/admin/legal-calendar" className="font-semibold text-indigo-800 underline">
          {t("calendar.back")}
        </Link>
      </p>
      <Card className="max-w-3xl">
        <CalendarEntryEditor row={row} />
      </Card>
    </>
  );
}
