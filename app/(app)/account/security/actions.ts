"use server";

import type { RegistrationResponseJSON } from "@simplewebauthn/types";
import { headers } from "next/headers";

import { defineAction } from "@/lib/actions/define-action";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/auth/passkeys";
import { removePasskey } from "@/lib/auth/remove-passkey";
import { regenerateRecoveryCodes } from "@/lib/auth/second-factor";
import { ZNoInput, ZPasskeyResponse, ZPasskeyTarget } from "@/lib/security/second-factor-schemas";

const revalidate = ["/account/security"];

export const regenerateRecoveryCodesAction = defineAction(ZNoInput, regenerateRecoveryCodes);
export const passkeyRegistrationOptionsAction = defineAction(ZNoInput, passkeyRegistrationOptions);
// The schema checks the shape; @simplewebauthn/server checks every byte.
export const registerPasskeyAction = defineAction(
  ZPasskeyResponse,
  async (actor, input) => registerPasskey(actor, { response: input.response as unknown as RegistrationResponseJSON }, (await headers()).get("user-agent")),
  { revalidate },
);
export const removePasskeyAction = defineAction(ZPasskeyTarget, removePasskey, {
  revalidate,
});
