"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { setSecondFactorPolicyAction } from "@/app/(app)/admin/security/actions";
import { Alert } from "@/components/ui/alert";
import type { TRole } from "@/lib/authz/permissions";

/** One checkbox per role: second factor required. */
export function PolicyTable({ rows }: { rows: { role: TRole; required: boolean; isDefault: boolean }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{t(error)}</Alert> : null}
      <ul className="flex flex-col gap-2">
        {rows.map((row) => (
          <li key={row.role}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={row.required}
                disabled={pending}
                onChange={(event) =>
                  startTransition(async () => {
                    setError(null);
                    const result = await setSecondFactorPolicyAction({ role: row.role, required: event.target.checked });
                    if (!result.ok) setError(result.formError ?? "errors.unexpected");
                    router.refresh();
                  })
                }
              />
              {t("security.policy.role", { role: t(`roles.${row.role}`) })}
              {row.isDefault ? <span className="text-sm text-slate-600">{t("security.policy.default")}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
