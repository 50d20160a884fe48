"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { issueCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/account/calendar/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OneTimeSecret } from "@/components/users/one-time-secret";
import { firstErrorKey } from "@/components/workflow/format";

/**
 * The calendar feed's state and its three actions. The URL is shown once, right after it is created
 * or replaced (only its hash is kept); replacing it or revoking it makes the old URL answer 404.
 */
export function CalendarFeedPanel({ createdAt }: { createdAt: string | null }) {
  const t = useTranslations("letters.feedPage");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"issue" | "revoke" | null>(null);

  async function issue() {
    setPending("issue");
    setError(null);
    setNotice(null);
    const result = await issueCalendarFeedAction({});
    setPending(null);
    if (!result.ok) return setError(firstErrorKey(result));
    setUrl(result.data.url);
    router.refresh();
  }

  async function revoke() {
    setPending("revoke");
    setError(null);
    const result = await revokeCalendarFeedAction({});
    setPending(null);
    if (!result.ok) return setError(firstErrorKey(result));
    setUrl(null);
    setNotice(t("revoked"));
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-slate-800">{t("explanation")}</p>
      <ul className="list-disc ps-5 text-sm text-slate-800">
        <li>{t("contentDeadlines")}</li>
        <li>{t("contentTasks")}</li>
        <li>{t("contentLetters")}</li>
      </ul>
      {url ? (
        <>
          <OneTimeSecret label={t("urlLabel")} value={url} note={t("urlNote")} />
          <p className="text-sm text-slate-800">{t("howTo")}</p>
        </>
      ) : null}
      {createdAt ? (
        <p className="text-sm text-slate-800">{t("activeSince", { date: format.dateTime(new Date(createdAt), "dateTime") })}</p>
      ) : (
        <p className="text-sm text-slate-800">{t("none")}</p>
      )}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{tAll(error)}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={issue} pending={pending === "issue"} disabled={pending !== null}>
          {createdAt ? t("regenerate") : t("create")}
        </Button>
        {createdAt ? (
          <Button type="button" variant="danger" onClick={revoke} pending={pending === "revoke"} disabled={pending !== null}>
            {t("revoke")}
          </Button>
        ) : null}
      </div>
      {createdAt ? <p className="text-sm text-slate-700">{t("regenerateNote")}</p> : null}
    </div>
  );
}
