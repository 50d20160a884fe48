import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { PublicShell } from "@/components/layout/public-shell";

/** Public dashboards (/public): aggregates only (ADR 0015); wide, for the sector table. */
export default async function PublicDashboardsLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("dashboards.public");
  return (
    <PublicShell
      width="wide"
      navLabel={t("navLabel")}
      links={[
        { href: "/public", label: t("sector") },
        { href: "/signaler", label: t("report") },
        { href: "/login", label: t("login") },
      ]}
      footer={t("footer")}
    >
      {children}
    </PublicShell>
  );
}
