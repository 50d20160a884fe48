"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import {
  attachEmployerAction,
  changeRoleAction,
  detachEmployerAction,
  resetCredentialsAction,
  setUserActiveAction,
} from "@/app/(app)/admin/users/actions";
import { CredentialResult } from "@/components/users/one-time-secret";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import type { TActionResult } from "@/lib/actions/result";
import { ROLES, type TRole } from "@/lib/authz/permissions";
import type { TUserRow } from "@/lib/users/queries";

type TEmployerOption = { id: string; legalName: string };

/** Runs one action at a time and keeps its outcome (message key) for display. */
function useRunner() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = <T,>(action: () => Promise<TActionResult<T>>, onSuccess?: (data: T) => void) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (result.ok) onSuccess?.(result.data);
      else setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? "errors.unexpected");
    });
  return { pending, error, run };
}

export function UserAdminPanel({ user, isSelf, employers }: { user: TUserRow; isSelf: boolean; employers: TEmployerOption[] }) {
  const t = useTranslations();
  const { pending, error, run } = useRunner();
  const [role, setRole] = useState<TRole>(user.role);
  const [employerToAttach, setEmployerToAttach] = useState("");
  const [credential, setCredential] = useState<{ oneTimePassword?: string; inviteToken?: string } | null>(null);
  const attachable = employers.filter((employer) => !user.employers.some((attached) => attached.id === employer.id));

  if (isSelf) return <Alert tone="info">{t("users.selfNotice")}</Alert>;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {error ? (
        <Alert tone="error" className="lg:col-span-2">
          {t(error)}
        </Alert>
      ) : null}
      <Card title={t("users.role")}>
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => changeRoleAction({ userId: user.id, role }));
          }}
        >
          <div className="flex-1">
            <Field id="role" label={t("users.newRole")}>
              {(control) => (
                <select {...control} value={role} onChange={(event) => setRole(event.target.value as TRole)} className={inputClass}>
                  {ROLES.map((option) => (
                    <option key={option} value={option}>
                      {t(`roles.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Button type="submit" pending={pending} disabled={role === user.role}>
            {t("users.saveRole")}
          </Button>
        </form>
      </Card>

      <Card title={t("users.employers")}>
        {user.employers.length === 0 ? <p className="mb-3 text-slate-700">{t("users.noEmployer")}</p> : null}
        <ul className="mb-4 divide-y divide-slate-100">
          {user.employers.map((employer) => (
            <li key={employer.id} className="flex items-center justify-between gap-2 py-2">
              <span>{employer.legalName}</span>
              <Button
                variant="secondary"
                pending={pending}
                aria-label={t("users.detachNamed", { employer: employer.legalName })}
                onClick={() => run(() => detachEmployerAction({ userId: user.id, employerId: employer.id }))}
              >
                {t("users.detach")}
              </Button>
            </li>
          ))}
        </ul>
        {attachable.length > 0 ? (
          <form
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              if (employerToAttach) run(() => attachEmployerAction({ userId: user.id, employerId: employerToAttach }), () => setEmployerToAttach(""));
            }}
          >
            <div className="flex-1">
              <Field id="attach" label={t("users.attachLabel")}>
                {(control) => (
                  <select {...control} value={employerToAttach} onChange={(event) => setEmployerToAttach(event.target.value)} className={inputClass}>
                    <option value="">{t("users.chooseEmployer")}</option>
                    {attachable.map((employer) => (
                      <option key={employer.id} value={employer.id}>
                        {employer.legalName}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Button type="submit" pending={pending} disabled={!employerToAttach}>
              {t("users.attach")}
            </Button>
          </form>
        ) : null}
      </Card>

      <Card title={t("users.access")}>
        <p className="mb-3 text-slate-700">{t(user.active ? "users.statusActive" : "users.statusDeactivated")}</p>
        <div className="flex flex-wrap gap-2">
          <Button
            variant={user.active ? "danger" : "primary"}
            pending={pending}
            onClick={() => run(() => setUserActiveAction({ userId: user.id, active: !user.active }))}
          >
            {t(user.active ? "users.deactivate" : "users.reactivate")}
          </Button>
          <Button variant="secondary" pending={pending} onClick={() => run(() => resetCredentialsAction({ userId: user.id, credential: "password" }), setCredential)}>
            {t("users.newOneTimePassword")}
          </Button>
          <Button variant="secondary" pending={pending} onClick={() => run(() => resetCredentialsAction({ userId: user.id, credential: "invite" }), setCredential)}>
            {t("users.newInvite")}
          </Button>
        </div>
        {credential ? (
          <div className="mt-4">
            <CredentialResult result={credential} />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
