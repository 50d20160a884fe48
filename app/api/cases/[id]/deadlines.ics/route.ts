import { createTranslator } from "next-intl";

import { getCurrentUser } from "@/lib/auth/session";
import { buildCaseIcs } from "@/lib/calendar-feed/case-ics";
import { MESSAGES } from "@/messages";

export const dynamic = "force-dynamic";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /api/cases/<id>/deadlines.ics: the case's open deadlines as a file to import (signed in; 404 outside one's scope). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  // A session past the password only (second factor not given, or not enrolled) is not signed in.
  if (!user || user.secondFactor === "pending" || user.secondFactor === "enrol" || !UUID.test(id)) return NOT_FOUND();
  const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
  const built = await buildCaseIcs(user, id, (key, values) => t(key, values));
  if (!built) return NOT_FOUND();
  return new Response(built.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="vigie-ia-echeances-${id.slice(0, 8)}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
