import { requireActor } from "@/lib/auth/session";
import { recordRead } from "@/lib/audit/record-read";
import { AppError } from "@/lib/errors";
import { getLetterPdf } from "@/lib/letters/queries";

export const dynamic = "force-dynamic";

/**
 * A saved letter as PDF (A4, typeset from the stored text). Same read scope as the case page: a
 * letter of a case the user may not read answers 404, like a missing one; signed out, proxy.ts sends
 * the browser to the sign-in page first.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; letterId: string }> }) {
  try {
    const actor = await requireActor();
    const { id, letterId } = await params;
    const { pdf, disposition } = await getLetterPdf(actor, id, letterId);
    await recordRead(actor.id, "read.letter_pdf", { type: "letter", id: letterId });
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": disposition, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: error.status });
    throw error;
  }
}
