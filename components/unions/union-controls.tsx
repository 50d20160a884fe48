"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { setUnionPresenceAction, setUserUnionAction } from "@/app/(app)/admin/unions/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { TUnionDetail } from "@/lib/unions/queries";

function useRun() {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> }>) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        const fieldError = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setError(t(result.formError ?? fieldError ?? "errors.unexpected"));
        return;
      }
      setError(null);
      router.refresh();
    });
  return { pending, error, run };
}

/** Admins: which employers the union is present at (a toggle per employer). */
export function UnionPresence({ union }: { union: TUnionDetail }) {
  const t = useTranslations();
  const { pending, error, run } = useRun();
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="flex flex-col gap-2">
        {union.employers.map((employer) => (
          <li key={employer.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {employer.legalName} — {t(employer.present ? "unions.present" : "unions.absent")}
            </span>
            <Button
              variant="secondary"
              pending={pending}
              onClick={() => run(() => setUnionPresenceAction({ unionId: union.id, employerId: employer.id, present: !employer.present }))}
            >
              {t(employer.present ? "unions.markAbsent" : "unions.markPresent", { employer: employer.legalName })}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Admins: the union's members, and an account to put in it. */
export function UnionMembers({ union }: { union: TUnionDetail }) {
  const t = useTranslations();
  const { pending, error, run } = useRun();
  const [userId, setUserId] = useState("");
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {union.members.length === 0 ? <p className="text-slate-700">{t("unions.noMembers")}</p> : null}
      <ul className="flex flex-col gap-2">
        {union.members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {member.name} ({member.email}) · {t(`roles.${member.role}`)}
            </span>
            {member.role !== "rep" ? (
              <Button variant="secondary" pending={pending} onClick={() => run(() => setUserUnionAction({ userId: member.id, unionId: null }))}>
                {t("unions.makeInstanceWide", { name: member.name })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {union.candidates.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-900">
            {t("unions.addMember")}
            <select value={userId} onChange={(event) => setUserId(event.target.value)} className={inputClass}>
              <option value="">{t("unions.chooseAccount")}</option>
              {union.candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({candidate.email}){candidate.unionShortName ? ` — ${candidate.unionShortName}` : ""}
                </option>
              ))}
            </select>
          </label>
          <Button pending={pending} disabled={userId === ""} onClick={() => run(() => setUserUnionAction({ userId, unionId: union.id }))}>
            {t("unions.addMemberSubmit")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
