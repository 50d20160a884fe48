import { createTranslator } from "next-intl";

import { buildCalendarFeed } from "@/lib/calendar-feed/build-feed";
import { logger } from "@/lib/logger";
import { MESSAGES } from "@/messages";

export const dynamic = "force-dynamic";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/calendar/<token>.ics: the owner's deadlines as iCalendar, for calendar apps (no session:
 * the secret URL is the credential, ADR 0017). Unknown, revoked or replaced tokens answer 404.
 * Invariant: the token never reaches a log line, not even when something fails.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: file } = await params;
  if (!file.endsWith(".ics")) return NOT_FOUND();
  try {
    // NOTE: MESSAGES is typed Record<string, unknown>; this cast only widens the keys to string.
    const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
    const ics = await buildCalendarFeed(file.slice(0, -".ics".length), (key, values) => t(key, values));
    if (ics === null) return NOT_FOUND();
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="vigie-ia-echeances.ics"',
        "Cache-Control": "no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    logger.error({ err: { name: error instanceof Error ? error.name : "unknown" } }, "calendar feed failed");
    return new Response("Error", { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}
