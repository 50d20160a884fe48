"use client";

import { browserSupportsWebAuthn, startAuthentication, startRegistration } from "@simplewebauthn/browser";
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/types";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";

import { passkeyRegistrationOptionsAction, registerPasskeyAction, removePasskeyAction } from "@/app/(app)/account/security/actions";
import { enrolPasskeyAction, enrolPasskeyOptionsAction } from "@/app/(auth)/login/enrol/actions";
import { passkeyOptionsAction, verifyPasskeyAction } from "@/app/(auth)/login/second-factor/actions";
import { RecoveryCodes } from "@/components/security/recovery-codes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { firstErrorKey } from "@/components/workflow/format";
import type { TPasskeyView } from "@/lib/auth/passkeys";

type TMessage = {
  tone: "error" | "success";
  key: string;
  values?: Record<string, string>;
};

/**
 * What the browser's refusal means for the user. @simplewebauthn/browser 9 passes the DOMException's
 * name through (WebAuthnError keeps it) and adds a code for the cases it recognises.
 */
function browserRefusal(error: unknown, rpID: string | undefined): TMessage {
  const name = error instanceof Error ? error.name : "";
  const code = (error as { code?: string } | null)?.code;
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError") return { tone: "error", key: "security.passkey.alreadyRegistered" };
  if (code === "ERROR_INVALID_RP_ID" || code === "ERROR_INVALID_DOMAIN" || name === "SecurityError") {
    return {
      tone: "error",
      key: "security.passkey.wrongAddress",
      values: { host: rpID ?? "" },
    };
  }
  if (name === "NotAllowedError" || name === "AbortError") return { tone: "error", key: "security.passkey.cancelled" };
  return { tone: "error", key: "security.passkey.unavailable" };
}

/** The message under a passkey button, announced (errors as alerts), tied to the button by id. */
function PasskeyMessage({ id, message }: { id: string; message: TMessage | null }) {
  const t = useTranslations();
  if (!message) return null;
  return (
    <div id={id}>
      <Alert tone={message.tone}>{t(message.key, message.values)}</Alert>
    </div>
  );
}

/**
 * Second-factor step or step-up: prove the factor with a passkey of this device or a security key.
 * Success goes on to `callbackUrl` with a full navigation (the layout reads the session anew), as the code does.
 */
export function PasskeySignInButton({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const messageId = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<TMessage | null>(null);
  const signIn = () =>
    startTransition(async () => {
      setMessage(null);
      if (!browserSupportsWebAuthn())
        return setMessage({
          tone: "error",
          key: "security.passkey.unsupported",
        });
      const options = await passkeyOptionsAction({});
      if (!options.ok) return setMessage({ tone: "error", key: firstErrorKey(options) });
      const optionsJSON = options.data as PublicKeyCredentialRequestOptionsJSON;
      let response;
      try {
        response = await startAuthentication(optionsJSON);
      } catch (error) {
        return setMessage(browserRefusal(error, optionsJSON.rpId));
      }
      const result = await verifyPasskeyAction({ response: response as never });
      if (!result.ok) return setMessage({ tone: "error", key: firstErrorKey(result) });
      window.location.assign(callbackUrl);
    });
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" variant="secondary" pending={pending} onClick={signIn} aria-describedby={message ? messageId : undefined}>
        {t("security.passkey.signIn")}
      </Button>
      <PasskeyMessage id={messageId} message={message} />
      {message?.key === "security.passkey.tooMany" ? (
        <a href="/login" className="text-sm font-semibold text-indigo-800 underline">
          {t("security.backToLogin")}
        </a>
      ) : null}
    </div>
  );
}

/**
 * Creates a passkey: on the account page (`enrol` false, a step-up first) or at enrolment instead of
 * TOTP (`enrol` true; the first factor's recovery codes are then shown this once, then on to `callbackUrl`).
 */
export function AddPasskeyButton({ enrol = false, callbackUrl = "/account/security" }: { enrol?: boolean; callbackUrl?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const messageId = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<TMessage | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const add = () =>
    startTransition(async () => {
      setMessage(null);
      if (!browserSupportsWebAuthn())
        return setMessage({
          tone: "error",
          key: "security.passkey.unsupported",
        });
      const options = await (enrol ? enrolPasskeyOptionsAction({}) : passkeyRegistrationOptionsAction({}));
      if (!options.ok) return setMessage({ tone: "error", key: firstErrorKey(options) });
      const optionsJSON = options.data as PublicKeyCredentialCreationOptionsJSON;
      let response;
      try {
        response = await startRegistration(optionsJSON);
      } catch (error) {
        return setMessage(browserRefusal(error, optionsJSON.rp.id));
      }
      const result = await (enrol ? enrolPasskeyAction : registerPasskeyAction)({ response: response as never });
      if (!result.ok) return setMessage({ tone: "error", key: firstErrorKey(result) });
      if (result.data.recoveryCodes) setCodes(result.data.recoveryCodes);
      setMessage({
        tone: "success",
        key: enrol ? "security.enrol.passkeyDone" : "security.passkey.added",
      });
      // A first factor shows its recovery codes here first; its "continue" link reloads the page.
      if (!enrol && !result.data.recoveryCodes) router.refresh();
    });
  if (codes) {
    return (
      <div className="flex flex-col gap-4">
        <PasskeyMessage id={messageId} message={message} />
        <RecoveryCodes codes={codes} />
        <a href={callbackUrl} className="self-start rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white">
          {t("security.enrol.codesNoted")}
        </a>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant={enrol ? "primary" : "secondary"}
        className="self-start"
        pending={pending}
        onClick={add}
        aria-describedby={message ? messageId : undefined}
      >
        {t("security.passkey.add")}
      </Button>
      <PasskeyMessage id={messageId} message={message} />
    </div>
  );
}

/** The account's passkeys, each with its days and a two-step removal (a step-up is checked on the server). */
export function PasskeyList({ passkeys }: { passkeys: TPasskeyView[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<(TMessage & { passkeyId: string }) | null>(null);
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T12:00:00Z`), {
      dateStyle: "long",
      timeZone: "Europe/Paris",
    });
  const remove = (passkeyId: string) =>
    startTransition(async () => {
      setMessage(null);
      const result = await removePasskeyAction({ passkeyId });
      setConfirming(null);
      if (!result.ok)
        return setMessage({
          tone: "error",
          key: firstErrorKey(result),
          passkeyId,
        });
      setMessage({
        tone: "success",
        key: "security.passkey.removed",
        passkeyId,
      });
      router.refresh();
    });
  const done = message?.tone === "success" ? <Alert tone="success">{t(message.key)}</Alert> : null;
  if (passkeys.length === 0) {
    return (
      <>
        {done}
        <p className="text-slate-700">{t("security.passkey.count", { count: 0 })}</p>
      </>
    );
  }
  return (
    <>
      {done}
      <ul className="flex flex-col divide-y divide-slate-200" aria-label={t("security.passkey.listLabel")}>
        {passkeys.map((passkey) => (
          <li key={passkey.id} className="flex flex-col gap-2 py-3" data-testid="passkey-row">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <p className="font-medium text-slate-900">{passkey.device}</p>
                <p className="text-sm text-slate-700">
                  {t("security.passkey.addedOn", {
                    date: day(passkey.addedOn),
                  })}{" "}
                  ·{" "}
                  {passkey.lastUsedOn
                    ? t("security.passkey.lastUsedOn", {
                        date: day(passkey.lastUsedOn),
                      })
                    : t("security.passkey.neverUsed")}
                </p>
              </div>
              {confirming === passkey.id ? (
                <div className="flex gap-2">
                  <Button type="button" variant="danger" pending={pending} onClick={() => remove(passkey.id)}>
                    {t("security.passkey.confirmRemove")}
                  </Button>
                  <Button type="button" variant="ghost" disabled={pending} onClick={() => setConfirming(null)}>
                    {t("security.passkey.cancel")}
                  </Button>
                </div>
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={t("security.passkey.removeLabel", {
                    device: passkey.device,
                    date: day(passkey.addedOn),
                  })}
                  onClick={() => {
                    setMessage(null);
                    setConfirming(passkey.id);
                  }}
                >
                  {t("security.passkey.remove")}
                </Button>
              )}
            </div>
            {message?.tone === "error" && message.passkeyId === passkey.id ? <Alert tone="error">{t(message.key)}</Alert> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
