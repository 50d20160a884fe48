/**
 * The receipt's shape, without any secret: pure, so the public forms can check it before sending.
 * Hashing lives in lib/reports/crypto.ts (server only).
 */
export const RECEIPT_DIGITS = 16;

/** "4821093755128830" → "4821 0937 5512 8830" (grouped by four, for reading aloud). */
export const formatReceipt = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, "$1 ");

/** Accepts what people type or paste (spaces, dashes, dots); null when it cannot be a receipt. */
export function normalizeReceipt(input: string): string | null {
  const digits = input.replace(/[\s.\-]/g, "");
  return new RegExp(`^\\d{${RECEIPT_DIGITS}}$`).test(digits) ? digits : null;
}
