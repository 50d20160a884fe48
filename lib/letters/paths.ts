/** Where a saved letter's PDF is served (app/(app)/cases/[id]/letters/[letterId]/pdf/route.ts). Pure. */
export function letterPdfPath(caseId: string, letterId: string): string {
  return `/cases/${caseId}/letters/${letterId}/pdf`;
}

export function letterDraftPath(caseId: string, kind: string): string {
  return `/cases/${caseId}/letters/new?kind=${encodeURIComponent(kind)}`;
}
