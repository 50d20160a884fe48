"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("unexpectedTitle")}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t("unexpected")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
