import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { PasskeySignInButton } from "@/components/security/passkey-controls";
import { SecondFactorForm } from "@/components/security/second-factor-form";
import { SignOutLink } from "@/components/security/sign-out-link";
import { mySecondFactor } from "@/lib/auth/second-factor";
import { getCurrentUser } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/auth/sign-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("verify.title") };
}

/**
 * Second step of every sign-in (issue 16, point 1): the code of the authenticator app, a passkey
 * (when the account has one) or a recovery code. Users without a factor pass straight through; those whose role requires one go to enrolment.
 * With `step-up=1`, a signed-in user proves the factor again before a sensitive action.
 */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; "step-up"?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.secondFactor === "enrol") redirect(`/login/enrol?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const stepUp = params["step-up"] === "1";
  if (user.secondFactor === "none" || (user.secondFactor === "verified" && !stepUp)) redirect(callbackUrl);
  const [t, factors] = await Promise.all([getTranslations("security"), mySecondFactor(user)]);
  // Passkeys only: the code field is for a recovery code.
  const intro = factors.totp ? (stepUp ? "verify.stepUpIntro" : "verify.intro") : stepUp ? "verify.stepUpIntroPasskey" : "verify.introPasskey";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t(stepUp ? "verify.stepUpTitle" : "verify.title")}</h1>
      <p className="mt-1 mb-6 text-slate-700">{t(intro)}</p>
      {factors.passkeys > 0 ? (
        <div className="mb-4 flex flex-col gap-2">
          <PasskeySignInButton callbackUrl={callbackUrl} />
          <p className="text-center text-sm text-slate-600">{t("passkey.or")}</p>
        </div>
      ) : null}
      <SecondFactorForm callbackUrl={callbackUrl} besidePasskey={factors.passkeys > 0} />
      {stepUp ? null : <SignOutLink />}
    </div>
  );
}
