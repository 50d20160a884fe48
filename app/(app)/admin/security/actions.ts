"use server";

import { defineAction } from "@/lib/actions/define-action";
import { ZSecondFactorPolicy, ZUserTarget } from "@/lib/security/second-factor-schemas";
import { setSecondFactorPolicy } from "@/lib/auth/set-second-factor-policy";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { unlockSignIn } from "@/lib/users/unlock-sign-in";

export const setSecondFactorPolicyAction = defineAction(ZSecondFactorPolicy, setSecondFactorPolicy, { revalidate: ["/admin/security"] });
export const resetSecondFactorAction = defineAction(ZUserTarget, resetSecondFactor, { revalidate: ["/admin/users"] });
export const unlockSignInAction = defineAction(ZUserTarget, unlockSignIn, { revalidate: ["/admin/users"] });
