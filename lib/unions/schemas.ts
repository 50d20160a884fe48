import { z } from "zod";

/** Inputs of the unions domain (issue 15), shared by the admin forms and their actions. */
const ZId = z.uuid({ error: "validation.invalidId" });

export const ZUnionInput = z.object({
  name: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(120, "validation.tooLong"),
  shortName: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(20, "validation.tooLong")
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} .&'-]*$/u, "unions.validation.shortName"),
});
export type TUnionInput = z.input<typeof ZUnionInput>;
export type TUnionData = z.output<typeof ZUnionInput>;

export const ZRenameUnion = ZUnionInput.extend({ id: ZId });
export type TRenameUnion = z.output<typeof ZRenameUnion>;

/** Present or not at an employer: its members' reports there go to it, its reps may work there. */
export const ZUnionPresence = z.object({ unionId: ZId, employerId: ZId, present: z.boolean() });
export type TUnionPresence = z.output<typeof ZUnionPresence>;

/** Puts an account in a union, or (null) makes it instance-wide: admins and viewers only. */
export const ZUserUnion = z.object({ userId: ZId, unionId: ZId.nullable() });
export type TUserUnion = z.output<typeof ZUserUnion>;
