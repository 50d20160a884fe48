/** How long a correct receipt keeps the report open in the browser (lib/reports/follow-up-session.ts). */
export const FOLLOW_UP_MINUTES = 20;
