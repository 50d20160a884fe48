import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function PasswordPage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("title")} description={t("signedInAs", { email: user.email })} />
      {user.mustChangePassword ? (
        <Alert tone="warning" className="mb-4">
          {t("mustChange")}
        </Alert>
      ) : null}
      <Card className="max-w-lg">
        <ChangePasswordForm />
      </Card>
      <p className="mt-4">
        <Link href="/account/sessions" className="font-medium text-indigo-800 underline">
          {(await getTranslations("sessions"))("link")}
        </Link>
      </p>
      <p className="mt-2">
        <Link href="/account/security" className="font-medium text-indigo-800 underline">
          {(await getTranslations("security"))("account.link")}
        </Link>
      </p>
    </>
  );
}
