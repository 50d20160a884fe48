import { z } from "zod";

import { ROLES } from "@/lib/authz/permissions";

/**
 * Inputs of the accounts domain, shared by forms (client-side hints) and actions (the real check).
 * Messages are keys of messages/*.json so that each side shows them in the user's language.
 */
export const PASSWORD_MIN_LENGTH = 12;

export const ZEmail = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email({ error: "validation.email" }));

export const ZNewPassword = z
  .string({ error: "validation.required" })
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(128, "validation.tooLong");

const ZId = z.uuid({ error: "validation.invalidId" });

export const ZLogin = z.object({
  email: ZEmail,
  password: z.string({ error: "validation.required" }).min(1, "validation.required").max(128, "validation.tooLong"),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZRole = z.enum(ROLES, { error: "validation.role" });

export const ZCreateUser = z.object({
  email: ZEmail,
  name: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(120, "validation.tooLong"),
  role: ZRole,
  /** "password": a one-time password shown once to the admin; "invite": a link to choose one. */
  credential: z.enum(["password", "invite"], { error: "validation.credential" }),
  /** The union the account belongs to (issue 15): "" in the form means none (admins, instance-wide viewers). */
  unionId: z
    .union([z.literal(""), ZId], { error: "validation.invalidId" })
    .nullish()
    .transform((value) => (value ? value : null)),
  employerIds: z.array(ZId).max(200).default([]),
}).refine((value) => value.role !== "rep" || value.unionId !== null, { path: ["unionId"], message: "unions.validation.repNeedsUnion" });
export type TCreateUser = z.input<typeof ZCreateUser>;

export const ZChangeRole = z.object({ userId: ZId, role: ZRole });
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZAssignment = z.object({ userId: ZId, employerId: ZId });
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZSetActive = z.object({ userId: ZId, active: z.boolean() });
export type TSetActive = z.infer<typeof ZSetActive>;

export const ZResetCredentials = z.object({ userId: ZId, credential: z.enum(["password", "invite"], { error: "validation.credential" }) });
export type TResetCredentials = z.infer<typeof ZResetCredentials>;

const ZPasswordPair = z.object({ newPassword: ZNewPassword, confirmPassword: z.string() });
const passwordsMatch = (value: { newPassword: string; confirmPassword: string }) => value.newPassword === value.confirmPassword;
const MISMATCH = { path: ["confirmPassword"], message: "validation.passwordMismatch" };

export const ZChangePassword = ZPasswordPair.extend({
  currentPassword: z.string().min(1, "validation.required").max(128, "validation.tooLong"),
})
  .refine(passwordsMatch, MISMATCH)
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "validation.passwordUnchanged",
  });
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZAcceptInvite = ZPasswordPair.extend({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "validation.invalidToken"),
}).refine(passwordsMatch, MISMATCH);
export type TAcceptInvite = z.infer<typeof ZAcceptInvite>;
