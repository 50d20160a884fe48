"use server";

import type { RegistrationResponseJSON } from "@simplewebauthn/types";
import { headers } from "next/headers";

import { defineAction } from "@/lib/actions/define-action";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/auth/passkeys";
import { confirmTotpEnrolment } from "@/lib/auth/second-factor";
import { ZNoInput, ZPasskeyResponse, ZSecondFactorCode } from "@/lib/security/second-factor-schemas";

export const confirmEnrolmentAction = defineAction(ZSecondFactorCode, confirmTotpEnrolment, { allowSecondFactor: "enrol" });
// Enrolment with a passkey instead of TOTP: the same two steps as on the account page, for a session
// whose only allowed step is enrolment (lib/auth/passkeys.ts refuses any session at the code step).
export const enrolPasskeyOptionsAction = defineAction(ZNoInput, passkeyRegistrationOptions, { allowSecondFactor: "enrol" });
export const enrolPasskeyAction = defineAction(
  ZPasskeyResponse,
  async (actor, input) => registerPasskey(actor, { response: input.response as unknown as RegistrationResponseJSON }, (await headers()).get("user-agent")),
  { allowSecondFactor: "enrol" },
);
