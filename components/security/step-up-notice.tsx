import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";

/**
 * On pages of sensitive actions: when the second factor is not fresh (the page asks
 * lib/auth/second-factor.ts `stepUpNeeded`), say so and offer to prove it again.
 */
export async function StepUpNotice({ needed, minutes, back }: { needed: boolean; minutes: number; back: string }) {
  if (!needed) return null;
  const t = await getTranslations("security");
  return (
    <Alert tone="warning" className="mb-4">
      {t("stepUp.notice", { minutes })}{" "}
      <Link href={`/login/second-factor?step-up=1&callbackUrl=${encodeURIComponent(back)}`} className="font-semibold underline">
        {t("stepUp.link")}
      </Link>
    </Alert>
  );
}
