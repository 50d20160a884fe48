"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { deleteAgreementAction } from "@/app/(app)/agreements/actions";
import { Button } from "@/components/ui/button";

export function DeleteAgreementButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    start(async () => {
      setError(null);
      const result = await deleteAgreementAction({ id });
      if (!result.ok) return setError(result.formError ?? "errors.unexpected");
      router.refresh();
    });
  return (
    <span className="flex flex-col gap-1">
      <Button type="button" variant="secondary" pending={pending} onClick={remove} aria-label={t("agreements.deleteLabel", { title })}>
        {t("agreements.delete")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-700">
          {t(error)}
        </span>
      ) : null}
    </span>
  );
}
