"use server";

import type { AuthenticationResponseJSON } from "@simplewebauthn/types";
import { headers } from "next/headers";

import { defineAction } from "@/lib/actions/define-action";
import { passkeyAuthenticationOptions, verifyPasskey } from "@/lib/auth/passkeys";
import { verifySecondFactor } from "@/lib/auth/second-factor";
import { ZNoInput, ZPasskeyResponse, ZSecondFactorCode } from "@/lib/security/second-factor-schemas";

export const verifySecondFactorAction = defineAction(ZSecondFactorCode, async (actor, input) => verifySecondFactor(actor, input, await headers()), {
  allowSecondFactor: "pending",
});
// The passkey beside the code: the same step (pending sign-in, or a step-up), the same counting.
export const passkeyOptionsAction = defineAction(ZNoInput, passkeyAuthenticationOptions, { allowSecondFactor: "pending" });
export const verifyPasskeyAction = defineAction(
  ZPasskeyResponse,
  async (actor, input) => verifyPasskey(actor, { response: input.response as unknown as AuthenticationResponseJSON }, await headers()),
  { allowSecondFactor: "pending" },
);
