import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountSecurityPanel } from "@/components/security/account-security-panel";
import { StepUpNotice } from "@/components/security/step-up-notice";
import { Card, PageHeader } from "@/components/ui/card";
import { listMyPasskeys } from "@/lib/auth/passkeys";
import { mySecondFactor, stepUpNeeded } from "@/lib/auth/second-factor";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("account.title") };
}

/** The account's second factor (issue 16, point 1): state, recovery codes left, new codes, passkeys. */
export default async function AccountSecurityPage() {
  const user = await requireUser();
  const [t, summary, passkeys] = await Promise.all([getTranslations("security"), mySecondFactor(user), listMyPasskeys(user)]);
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      {summary.totp || summary.passkeys > 0 ? <StepUpNotice {...stepUpNeeded(user)} back="/account/security" /> : null}
      <Card className="max-w-2xl">
        <AccountSecurityPanel summary={summary} required={user.secondFactor === "enrol"} passkeys={passkeys} />
      </Card>
    </>
  );
}
