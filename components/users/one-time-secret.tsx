"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A password or invitation link shown once, with a copy button. */
export function OneTimeSecret({ label, value, note }: { label: string; value: string; note: string }) {
  const t = useTranslations("users");
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success">
      <p className="font-semibold">{label}</p>
      <output className="my-2 block rounded bg-white px-3 py-2 font-mono text-base break-all text-slate-900" data-testid="one-time-secret">
        {value}
      </output>
      <p className="mb-2">{note}</p>
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? t("copied") : t("copy")}
      </Button>
    </Alert>
  );
}

export function CredentialResult({ result }: { result: { oneTimePassword?: string; inviteToken?: string } }) {
  const t = useTranslations("users");
  if (result.oneTimePassword) {
    return <OneTimeSecret label={t("oneTimePassword")} value={result.oneTimePassword} note={t("oneTimePasswordNote")} />;
  }
  if (result.inviteToken) {
    const link = `${window.location.origin}/invite/${result.inviteToken}`;
    return <OneTimeSecret label={t("inviteLink")} value={link} note={t("inviteLinkNote")} />;
  }
  return null;
}
