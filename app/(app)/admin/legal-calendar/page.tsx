import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CalendarTable } from "@/components/compliance/calendar-table";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listCalendarRows } from "@/lib/compliance/calendar-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compliance.calendar"))("title") };
}

export default async function LegalCalendarPage() {
  const actor = await requirePagePermission("legal-calendar:manage");
  const [t, rows] = await Promise.all([getTranslations("compliance.calendar"), listCalendarRows(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CalendarTable rows={rows} />
    </>
  );
}
