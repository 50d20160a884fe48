"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useState, useSyncExternalStore } from "react";

import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/account/api-tokens/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { OneTimeSecret } from "@/components/users/one-time-secret";
import { firstErrorKey } from "@/components/workflow/format";
import type { TApiTokenView } from "@/lib/api-tokens/queries";
import { ZCreateApiToken } from "@/lib/api-tokens/schemas";
import { API_TOKEN_LIFETIME_DAYS, type TApiTokenScope } from "@/lib/api-tokens/scopes";

const noSubscription = () => () => undefined;

/**
 * Personal API tokens: the form that creates one (its secret shown once, only its hash is kept) and
 * the list of the account's tokens with their scopes, end and last use, each revocable.
 */
export function ApiTokensPanel({ tokens, scopes }: { tokens: TApiTokenView[]; scopes: TApiTokenScope[] }) {
  const t = useTranslations("apiTokens");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  // False on the server and until hydration: the buttons wait for the handlers, so an early click
  // never submits the form natively (a GET that would put the fields in the URL).
  const isHydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), scopes: form.getAll("scopes").map(String), lifetimeDays: String(form.get("lifetimeDays") ?? "") };
    setError(null);
    setNotice(null);
    const hints = ZCreateApiToken.safeParse(input);
    if (!hints.success) {
      setFieldErrors(Object.fromEntries(hints.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setFieldErrors({});
    setPending("create");
    const result = await createApiTokenAction(input as never);
    setPending(null);
    if (!result.ok) {
      if (result.fieldErrors) setFieldErrors(Object.fromEntries(Object.entries(result.fieldErrors).map(([key, keys]) => [key, keys[0] ?? "errors.unexpected"])));
      else setError(firstErrorKey(result));
      return;
    }
    setSecret(result.data.token);
    router.refresh();
  }

  async function revoke(tokenId: string) {
    setPending(tokenId);
    setError(null);
    const result = await revokeApiTokenAction({ tokenId });
    setPending(null);
    if (!result.ok) return setError(firstErrorKey(result));
    setSecret(null);
    setNotice(t("revoked"));
    router.refresh();
  }

  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Europe/Paris" });
  return (
    <div className="flex flex-col gap-6">
      <p className="text-slate-800">{t("explanation")}</p>
      {secret ? <OneTimeSecret label={t("secretLabel")} value={secret} note={t("secretNote")} /> : null}
      {scopes.length === 0 ? (
        <p className="text-sm text-slate-800">{t("noScopes")}</p>
      ) : (
        <form method="post" onSubmit={create} noValidate className="flex flex-col gap-4" aria-label={t("createTitle")}>
          <h2 className="text-lg font-semibold text-slate-900">{t("createTitle")}</h2>
          <Field id="api-token-name" label={t("name")} hint={t("nameHint")} required error={fieldErrors.name ? tAll(fieldErrors.name) : undefined}>
            {(control) => <input {...control} name="name" maxLength={80} className={inputClass} />}
          </Field>
          <fieldset aria-describedby={fieldErrors.scopes ? "api-token-scopes-error" : undefined}>
            <legend className="text-sm font-medium text-slate-900">{t("scopes")}</legend>
            {scopes.map((scope) => (
              <label key={scope} className="mt-2 flex items-start gap-2 text-sm text-slate-900">
                <input type="checkbox" name="scopes" value={scope} className="mt-1" />
                <span>
                  <span className="font-mono">{scope}</span> — {t(`scope.${scope}`)}
                </span>
              </label>
            ))}
            {fieldErrors.scopes ? (
              <p id="api-token-scopes-error" className="mt-1 text-sm font-medium text-red-700">
                {tAll(fieldErrors.scopes)}
              </p>
            ) : null}
          </fieldset>
          <Field id="api-token-lifetime" label={t("lifetime")} error={fieldErrors.lifetimeDays ? tAll(fieldErrors.lifetimeDays) : undefined}>
            {(control) => (
              <select {...control} name="lifetimeDays" defaultValue="30" className={inputClass}>
                {API_TOKEN_LIFETIME_DAYS.map((days) => (
                  <option key={days} value={days}>
                    {t("days", { count: days })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div>
            <Button type="submit" pending={pending === "create"} disabled={!isHydrated}>
              {t("create")}
            </Button>
          </div>
        </form>
      )}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{tAll(error)}</Alert> : null}
      <section aria-labelledby="api-tokens-list">
        <h2 id="api-tokens-list" className="text-lg font-semibold text-slate-900">
          {t("listTitle")}
        </h2>
        {tokens.length === 0 ? (
          <p className="mt-2 text-sm text-slate-800">{t("none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col divide-y divide-slate-200">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="api-token-row">
                <div>
                  <p className="font-medium text-slate-900">{token.name}</p>
                  <p className="text-sm text-slate-700">
                    <span className="font-mono">{token.scopes.join(", ")}</span> ·{" "}
                    {token.isExpired ? t("expiredOn", { date: day(token.expiresAt) }) : t("expiresOn", { date: day(token.expiresAt) })} ·{" "}
                    {token.lastUsedOn ? t("lastUsedOn", { date: day(`${token.lastUsedOn}T12:00:00Z`) }) : t("neverUsed")}
                  </p>
                </div>
                <Button type="button" variant="danger" pending={pending === token.id} disabled={!isHydrated} onClick={() => revoke(token.id)} aria-label={t("revokeNamed", { name: token.name })}>
                  {t("revoke")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
