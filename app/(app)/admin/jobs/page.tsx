import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getJobsOverview } from "@/lib/jobs/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("title") };
}

/** Admins: the job queues, their last runs and failures, the e-mail outbox (docs/decisions/0024). */
export default async function JobsPage() {
  const actor = await requirePagePermission("jobs:read");
  const [overview, t, tRoot, format] = await Promise.all([getJobsOverview(actor), getTranslations("jobs"), getTranslations(), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" }) : t("never"));
  const count = (states: Record<string, number>, ...names: string[]) => names.reduce((sum, name) => sum + (states[name] ?? 0), 0);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {overview.isInstalled ? null : (
        <Alert tone="warning" className="mb-4">
          {t("notInstalled")}
        </Alert>
      )}
      <Card title={t("queues")} className="mb-6">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="job-queues">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("queue")}</th>
                <th scope="col" className="py-2 pr-3">{t("schedule")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("waiting")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("active")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("failed")}</th>
                <th scope="col" className="py-2 pr-3">{t("lastRun")}</th>
                <th scope="col" className="py-2">{t("lastSuccess")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.queues.map((queue) => (
                <tr key={queue.name} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-mono font-medium">{queue.name}</th>
                  <td className="py-2 pr-3 font-mono">{queue.cron ?? t("noSchedule")}</td>
                  <td className="py-2 pr-3 text-right">{count(queue.states, "created", "retry")}</td>
                  <td className="py-2 pr-3 text-right">{count(queue.states, "active")}</td>
                  <td className="py-2 pr-3 text-right">{count(queue.states, "failed")}</td>
                  <td className="py-2 pr-3">
                    {queue.lastRun ? (
                      <>
                        {when(queue.lastRun.startedAt)} — {t(`status.${queue.lastRun.status}`)}
                        {queue.lastRun.error ? <p className="text-red-800">{queue.lastRun.error}</p> : null}
                        {queue.lastRun.summary ? <p className="font-mono text-xs text-slate-600">{JSON.stringify(queue.lastRun.summary)}</p> : null}
                      </>
                    ) : (
                      t("never")
                    )}
                  </td>
                  <td className="py-2">{when(queue.lastSuccessAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3 text-sm">{t("deadLetters", { count: overview.deadLetters })}</p>
      </Card>
      <Card title={t("emails")} className="mb-6">
        <p className="text-sm" data-testid="email-summary">
          {t("emailSummary", { pending: overview.emails.pending, retrying: overview.emails.retrying, failed: overview.emails.failed })}
        </p>
        {overview.emails.lastErrors.length > 0 ? (
          <>
            <h3 className="mt-3 font-semibold">{t("emailErrors")}</h3>
            <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
              {overview.emails.lastErrors.map((row, index) => (
                <li key={index}>
                  {t("emailError", { event: tRoot(`notifications.events.${row.event}`), attempts: row.attempts, error: row.error ?? "" })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      <Card title={t("failures")}>
        {overview.failures.length === 0 ? (
          <p className="text-sm">{t("noFailures")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 text-sm" data-testid="job-failures">
            {overview.failures.map((failure) => (
              <li key={failure.id} className="py-2">
                <span className="font-mono font-medium">{failure.queue}</span> — {when(failure.startedAt)} — {t("attempt", { attempt: failure.attempt })} —{" "}
                {t("worker")} {failure.worker}
                <p className="text-red-800">{failure.error}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
