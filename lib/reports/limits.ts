/** Size limits of the member report's fields, apart from the zod schemas: the public forms show them as HTML constraints without shipping zod. Pure data. */
export const REPORT_LIMITS = {
  employerName: 200,
  site: 200,
  toolName: 200,
  whatItDoes: 4000,
  howNoticed: 2000,
  details: 8000,
  message: 4000,
  honeypot: 500,
} as const;
export const WHAT_IT_DOES_MIN = 10;
