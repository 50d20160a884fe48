"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { ZCreateApiToken, ZRevokeApiToken } from "@/lib/api-tokens/schemas";

const revalidate = ["/account/api-tokens"];

export const createApiTokenAction = defineAction(ZCreateApiToken, (actor, input) => createApiToken(actor, input), { revalidate });
export const revokeApiTokenAction = defineAction(ZRevokeApiToken, revokeApiToken, { revalidate });
