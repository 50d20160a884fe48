/** Inputs of the API token form and actions: pure, shared by the form and the server. */
import { z } from "zod";

import { API_TOKEN_LIFETIME_DAYS, API_TOKEN_SCOPES } from "./scopes";

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, { error: "apiTokens.errors.nameRequired" }).max(80, { error: "apiTokens.errors.nameTooLong" }),
  scopes: z.array(z.enum(API_TOKEN_SCOPES, { error: "apiTokens.errors.scopeRequired" })).min(1, { error: "apiTokens.errors.scopeRequired" }),
  lifetimeDays: z.coerce
    .number({ error: "apiTokens.errors.lifetime" })
    .refine((value) => (API_TOKEN_LIFETIME_DAYS as readonly number[]).includes(value), { error: "apiTokens.errors.lifetime" }),
});
export type TCreateApiToken = z.output<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.uuid({ error: "errors.notFound" }) });
