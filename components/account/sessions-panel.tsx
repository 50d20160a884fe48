"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { logoutAction } from "@/app/(app)/actions";
import { endOtherSessionsAction, endSessionAction, signOutEverywhereAction } from "@/app/(app)/account/sessions/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { firstErrorKey } from "@/components/workflow/format";
import type { TUserSessionView } from "@/lib/auth/user-sessions";

/**
 * The account's sessions, this device first. Ending a session takes effect on that device's next
 * request (lib/auth/user-sessions.ts); signing out here, or everywhere, goes through the server actions
 * as forms, so it works without JavaScript too.
 */
export function SessionsPanel({ sessions }: { sessions: TUserSessionView[] }) {
  const t = useTranslations("sessions");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long", timeZone: "Europe/Paris" });

  async function end(sessionId: string) {
    setPending(sessionId);
    setError(null);
    const result = await endSessionAction({ sessionId });
    setPending(null);
    if (!result.ok) return setError(firstErrorKey(result));
    setNotice(t("ended"));
    router.refresh();
  }

  async function endOthers() {
    setPending("others");
    setError(null);
    const result = await endOtherSessionsAction({ keepCurrent: true });
    setPending(null);
    if (!result.ok) return setError(firstErrorKey(result));
    setNotice(t("endedOthers", { count: result.data.ended }));
    router.refresh();
  }

  const others = sessions.filter((session) => !session.current);
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y divide-slate-200" aria-label={t("title")}>
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="session-row">
            <div>
              <p className="font-medium text-slate-900">
                {session.device}
                {session.current ? <span className="ms-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">{t("current")}</span> : null}
              </p>
              <p className="text-sm text-slate-700">
                {t("startedOn", { date: day(session.startedOn) })} · {t("lastSeenOn", { date: day(session.lastSeenOn) })}
              </p>
            </div>
            {session.current ? (
              <form action={logoutAction}>
                <Button type="submit" variant="secondary">
                  {t("endCurrent")}
                </Button>
              </form>
            ) : (
              <Button type="button" variant="secondary" pending={pending === session.id} onClick={() => end(session.id)}>
                {t("end")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{tAll(error)}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        {others.length > 0 ? (
          <Button type="button" variant="secondary" pending={pending === "others"} onClick={endOthers}>
            {t("endOthers")}
          </Button>
        ) : null}
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="danger">
            {t("endEverywhere")}
          </Button>
        </form>
      </div>
    </div>
  );
}
