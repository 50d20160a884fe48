import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { PublicShell } from "@/components/layout/public-shell";

/** Anonymous reporting (/signaler, /suivi): narrow, for a phone. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("reportForm.layout");
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
      {children}
    </PublicShell>
  );
}
