"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const subscribeNothing = () => () => {};

/**
 * The receipt, shown once: it exists nowhere else (only its hash is stored). Copy and print need
 * JavaScript and appear only when it runs; without it the code can still be read and written down.
 */
export function ReceiptPanel({ receipt }: { receipt: string }) {
  const t = useTranslations("reportForm.receipt");
  const heading = useRef<HTMLHeadingElement>(null);
  const hasScript = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => heading.current?.focus(), []);

  async function copyReceipt() {
    try {
      await navigator.clipboard.writeText(receipt);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby="receipt-title" className="flex flex-col gap-4 rounded-lg border border-emerald-300 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="receipt-title" ref={heading} tabIndex={-1} className="text-xl font-bold text-slate-900">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <div>
        <p className="text-sm font-medium text-slate-900">{t("label")}</p>
        <p data-testid="receipt" className="mt-1 font-mono text-2xl font-bold tracking-wider text-slate-900 sm:text-3xl">
          {receipt}
        </p>
      </div>
      <Alert tone="warning">
        <p className="font-semibold">{t("warning")}</p>
        <p className="mt-1">{t("keepSafe")}</p>
      </Alert>
      <p className="text-sm text-slate-800">{t("use")}</p>
      {hasScript ? (
        <div className="no-print flex flex-wrap gap-2">
          <Button type="button" onClick={copyReceipt}>
            {t("copy")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            {t("print")}
          </Button>
        </div>
      ) : null}
      <p aria-live="polite" className="no-print text-sm">
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : null}
      </p>
      <p className="no-print flex flex-wrap gap-x-4 gap-y-2 text-sm font-semibold">
        <Link href="/suivi" className="text-indigo-800 underline">
          {t("followUp")}
        </Link>
        <a href="/signaler" className="text-indigo-800 underline">
          {t("another")}
        </a>
      </p>
    </section>
  );
}
