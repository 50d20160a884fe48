import { createTranslator } from "next-intl";

import { assertRecentSecondFactor } from "@/lib/auth/second-factor";
import { requireActor } from "@/lib/auth/session";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { buildCasesCsv, casesCsvFileName } from "@/lib/deployments/csv";
import { canReadCases, listCasesForExport } from "@/lib/deployments/list";
import { parseCaseListQuery } from "@/lib/deployments/list-schemas";
import { recordRead } from "@/lib/audit/record-read";
import { AppError } from "@/lib/errors";
import { MESSAGES } from "@/messages";

export const dynamic = "force-dynamic";

/**
 * The case list as CSV: same parameters, scope and order as /cases, every page. Outside proxy.ts's
 * matcher (api/), so this handler answers 401 / 404 itself. The file is French whatever the UI
 * language: it is built for French spreadsheets and for CSE documents.
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    // A role without case access learns nothing, not even that the export exists.
    if (!canReadCases(actor)) return new Response(null, { status: 404 });
    // An export is sensitive (issue 16): the second factor proved within STEP_UP_MINUTES, else prove it and come back.
    try {
      assertRecentSecondFactor(actor);
    } catch {
      const url = new URL(request.url);
      const back = `${url.pathname}${url.search}`;
      return new Response(null, { status: 303, headers: { Location: `/login/second-factor?step-up=1&callbackUrl=${encodeURIComponent(back)}` } });
    }
    const { query } = parseCaseListQuery(new URL(request.url).searchParams);
    const rows = await listCasesForExport(actor, query);
    await recordRead(actor.id, "read.cases_export", { type: "case", id: "export" });
    // NOTE: MESSAGES is typed Record<string, unknown> (no next-intl AppConfig augmentation in this
    // project), which leaves no key type at all; this cast only widens the keys to string.
    const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
    return new Response(buildCasesCsv(rows, (key) => t(key)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${casesCsvFileName(todayInParis())}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "unauthenticated" || error.code === "forbidden")) {
      return new Response(null, { status: error.status });
    }
    throw error;
  }
}
