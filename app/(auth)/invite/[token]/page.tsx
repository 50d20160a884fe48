import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { Alert } from "@/components/ui/alert";
import { findUsableInvite } from "@/lib/users/accept-invite";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const invite = await findUsableInvite(token);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {invite ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">{t("intro", { email: invite.email })}</p>
          <AcceptInviteForm token={token} />
        </>
      ) : (
        <Alert tone="error" className="mt-4">
          {t("invalid")}
        </Alert>
      )}
    </div>
  );
}
