import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { unsubscribe } from "@/lib/notifications/deliver";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export const dynamic = "force-dynamic";

const HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

function page(body: string, status = 200) {
  return new Response(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vigie IA</title></head><body style="font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">${body}</body></html>`,
    { status, headers: HEADERS },
  );
}

function tokenOf(request: Request) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  return { token, owner: readUnsubscribeToken(env().AUTH_SECRET, token) };
}

const INVALID = () => page("<h1>Lien invalide</h1><p>Ce lien de désinscription n'est pas valable. Choisissez vos notifications depuis Vigie IA, rubrique « Mes notifications ».</p>", 404);

/**
 * GET /api/unsubscribe?t=…: the List-Unsubscribe link of the notification e-mails. GET only asks
 * (mail scanners follow links); POST — the confirmation form, or the mail client's RFC 8058 one-click —
 * stops those e-mails: the event (or the digest) goes back to in-app only. The signed token is the
 * credential (lib/notifications/unsubscribe-token.ts); it is never logged.
 */
export async function GET(request: Request) {
  const { token, owner } = tokenOf(request);
  if (!owner) return INVALID();
  return page(
    `<h1>Ne plus recevoir ces e-mails</h1><p>Les notifications resteront visibles dans Vigie IA.</p><form method="post" action="/api/unsubscribe?t=${encodeURIComponent(token)}"><button type="submit">Confirmer</button></form>`,
  );
}

export async function POST(request: Request) {
  const { owner } = tokenOf(request);
  if (!owner) return INVALID();
  try {
    await unsubscribe(owner.userId, owner.scope);
  } catch (error) {
    logger.error({ err: { name: error instanceof Error ? error.name : "unknown" } }, "unsubscribe failed");
    return page("<h1>Erreur</h1><p>Réessayez plus tard.</p>", 500);
  }
  return page("<h1>C'est fait</h1><p>Vous ne recevrez plus ces e-mails. Vous pouvez changer d'avis depuis Vigie IA, rubrique « Mes notifications ».</p>");
}
