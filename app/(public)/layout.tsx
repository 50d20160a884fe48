import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { PublicShell } from "@/components/layout/public-shell";
import { CLIENT_NAMESPACES, clientMessages } from "@/i18n/client-messages";

/** Anonymous reporting (/signaler, /suivi): narrow, for a phone. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [t, messages] = await Promise.all([getTranslations("reportForm.layout"), clientMessages(CLIENT_NAMESPACES.memberReports)]);
  return (
    <PublicShell
      width="narrow"
      navLabel={t("navLabel")}
      links={[
        { href: "/signaler", label: t("report") },
        { href: "/suivi", label: t("followUp") },
      ]}
      footer={t("footer")}
    >
      <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
    </PublicShell>
  );
}
