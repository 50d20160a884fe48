/** Inputs of the second factor (lib/auth/second-factor.ts), shared by its forms and actions. */
import { z } from "zod";

import { ROLES } from "@/lib/authz/permissions";

/** A 6-digit TOTP code, or a recovery code (XXXXX-XXXXX). */
export const ZSecondFactorCode = z.object({
  code: z.string({ error: "security.codeRequired" }).trim().min(6, "security.codeRequired").max(20, "security.wrongCode"),
});

export const ZNoInput = z.object({});

export const ZSecondFactorPolicy = z.object({ role: z.enum(ROLES, { error: "validation.role" }), required: z.boolean() });

export const ZUserTarget = z.object({ userId: z.uuid({ error: "errors.notFound" }) });

/** What @simplewebauthn/browser returns (checked in full by @simplewebauthn/server). */
export const ZPasskeyResponse = z.object({
  response: z.looseObject({ id: z.string().min(1).max(1366), rawId: z.string().min(1).max(1366), type: z.literal("public-key"), response: z.looseObject({}) }),
});

/** One of the account's own passkeys (removal); a malformed id is "not found" like a foreign one. */
export const ZPasskeyTarget = z.object({ passkeyId: z.uuid({ error: "errors.notFound" }) });
