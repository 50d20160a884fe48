/** Inputs of the account's sessions page (lib/auth/user-sessions.ts), shared by its buttons and actions. */
import { z } from "zod";

export const ZEndSession = z.object({ sessionId: z.uuid({ error: "sessions.notFound" }) });
export const ZEndSessions = z.object({ keepCurrent: z.boolean() });
