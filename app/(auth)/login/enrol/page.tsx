import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AddPasskeyButton } from "@/components/security/passkey-controls";
import { SignOutLink } from "@/components/security/sign-out-link";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { pendingTotpEnrolment } from "@/lib/auth/second-factor";
import { getCurrentUser } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/auth/sign-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("enrol.title") };
}

/**
 * Enrolment: TOTP (the QR code drawn on the server as SVG, the key to type by hand, a first code) or,
 * instead, a passkey of this device or a security key (ADR 0038).
 * A user whose role requires a factor is sent here after the password and can do nothing else; any
 * other user without one may come here from the account's security page.
 */
export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.secondFactor === "pending") redirect(`/login/second-factor?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const enrolment = user.secondFactor === "verified" ? null : await pendingTotpEnrolment(user);
  if (!enrolment) redirect("/account/security");
  const t = await getTranslations("security");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("enrol.title")}</h1>
      <p className="mt-1 mb-6 text-slate-700">{t(user.secondFactor === "enrol" ? "enrol.introRequired" : "enrol.intro")}</p>
      <TotpEnrolment qrSvg={enrolment.qrSvg} secret={enrolment.secret} callbackUrl={callbackUrl} />
      <section aria-labelledby="enrol-passkey-title" className="mt-6 flex flex-col gap-3 border-t border-slate-200 pt-6">
        <h2 id="enrol-passkey-title" className="text-lg font-semibold">
          {t("enrol.passkeyTitle")}
        </h2>
        <p className="text-slate-700">{t("enrol.passkeyIntro")}</p>
        <AddPasskeyButton enrol callbackUrl={callbackUrl} />
      </section>
      {user.secondFactor === "enrol" ? <SignOutLink /> : null}
    </div>
  );
}
