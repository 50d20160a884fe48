import "server-only";

import { createTranslator } from "next-intl";

import { todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { digestEmail, notificationEmail } from "@/lib/mail/compose";
import type { TMailer } from "@/lib/mail/transport";
import { MESSAGES } from "@/messages";

import { channelOf, NOTIFICATION_EVENTS } from "./events";
import { dayMonthYear, notificationTitle } from "./text";
import { unsubscribeToken, type TUnsubscribeScope } from "./unsubscribe-token";
import { asSystem } from "@/lib/db-context";

export type TDeliveryConfig = {
  mailer: TMailer;
  appUrl: string;
  from: string;
  secret: string;
  maxAttempts: number;
  batchSize?: number;
};

/** A sending worker holds the e-mails it took for this long; past it, another may take them. */
const LEASE_MS = 5 * 60_000;
const MAX_ERROR = 500;

const french = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
const t = (key: string, values?: Record<string, string | number>) => french(key, values);

function unsubscribeUrl(config: TDeliveryConfig, userId: string, scope: TUnsubscribeScope) {
  return `${config.appUrl}/api/unsubscribe?t=${encodeURIComponent(unsubscribeToken(config.secret, userId, scope))}`;
}

/** 1, 2, 4, 8… minutes after the attempt that failed. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR);
}

export type TDeliveryReport = { sent: number; retrying: number; failed: number };

/**
 * Sends the e-mails waiting in the outbox (notifications in state "pending"), oldest first. Each
 * e-mail is taken with a lease (UPDATE … FOR UPDATE SKIP LOCKED), so two workers never take the same
 * one; it becomes "sent" once the server accepted it. A failure leaves it pending with its error and a
 * doubling delay; after `maxAttempts` it is "failed" (shown on the admin jobs page). Nothing is lost;
 * a crash between the server's acceptance and the update is the only way to send one twice.
 */
export const deliverPendingEmails = asSystem(async function deliverPendingEmails(now: Date, config: TDeliveryConfig): Promise<TDeliveryReport> {
  const lease = new Date(now.getTime() + LEASE_MS);
  const taken = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE notifications SET email_not_before = ${lease}
     WHERE id IN (
       SELECT id FROM notifications
        WHERE email_state = 'pending' AND (email_not_before IS NULL OR email_not_before <= ${now})
        ORDER BY created_at LIMIT ${config.batchSize ?? 100}
        FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  const report: TDeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  if (taken.length === 0) return report;
  const rows = await prisma.notification.findMany({
    where: { id: { in: taken.map((row) => row.id) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, event: true, params: true, link: true, emailAttempts: true, user: { select: { id: true, email: true, deactivatedAt: true } } },
  });
  for (const row of rows) {
    if (row.user.deactivatedAt) {
      await prisma.notification.update({ where: { id: row.id }, data: { emailState: "none", emailNotBefore: null } });
      continue;
    }
    try {
      await config.mailer.send(
        notificationEmail({
          from: config.from,
          to: row.user.email,
          title: notificationTitle(row, t),
          link: row.link,
          appUrl: config.appUrl,
          unsubscribeUrl: unsubscribeUrl(config, row.user.id, row.event),
        }),
      );
      await prisma.notification.update({ where: { id: row.id }, data: { emailState: "sent", emailedAt: new Date(), emailNotBefore: null, emailError: null } });
      report.sent += 1;
    } catch (error) {
      const attempts = row.emailAttempts + 1;
      const gaveUp = attempts >= config.maxAttempts;
      await prisma.notification.update({
        where: { id: row.id },
        data: {
          emailAttempts: attempts,
          emailError: errorText(error),
          emailState: gaveUp ? "failed" : "pending",
          emailNotBefore: gaveUp ? null : new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      if (gaveUp) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
});

export type TDigestReport = { users: number; notifications: number; failedUsers: number };

/**
 * The daily digest: one e-mail per user with every notification waiting for it (state "digest"),
 * which then become "sent". A user whose e-mail fails keeps theirs for the job's retry, or the next
 * day; the error is written on them. Throws when any failed, so that the job is retried.
 */
export const sendDigests = asSystem(async function sendDigests(now: Date, config: TDeliveryConfig): Promise<TDigestReport> {
  const waiting = await prisma.notification.groupBy({ by: ["userId"], where: { emailState: "digest", createdAt: { lte: now } } });
  const report: TDigestReport = { users: 0, notifications: 0, failedUsers: 0 };
  const day = dayMonthYear(todayInParis(now));
  for (const { userId } of waiting) {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, deactivatedAt: true } });
    const rows = await prisma.notification.findMany({
      where: { userId, emailState: "digest", createdAt: { lte: now } },
      orderBy: { createdAt: "asc" },
      select: { id: true, event: true, params: true, link: true },
    });
    const ids = rows.map((row) => row.id);
    if (user.deactivatedAt) {
      await prisma.notification.updateMany({ where: { id: { in: ids } }, data: { emailState: "none" } });
      continue;
    }
    try {
      await config.mailer.send(
        digestEmail({
          from: config.from,
          to: user.email,
          day,
          items: rows.map((row) => ({ title: notificationTitle(row, t), link: row.link })),
          appUrl: config.appUrl,
          unsubscribeUrl: unsubscribeUrl(config, userId, "digest"),
        }),
      );
      await prisma.notification.updateMany({ where: { id: { in: ids } }, data: { emailState: "sent", emailedAt: new Date(), emailError: null } });
      report.users += 1;
      report.notifications += rows.length;
    } catch (error) {
      await prisma.notification.updateMany({ where: { id: { in: ids } }, data: { emailError: errorText(error), emailAttempts: { increment: 1 } } });
      report.failedUsers += 1;
    }
  }
  if (report.failedUsers > 0) throw new Error(`digest not delivered to ${report.failedUsers} user(s); ${report.users} delivered`);
  return report;
});

/** Stops the e-mails an unsubscribe link names: the event's channel becomes "in_app" (digest: every digested event). */
export async function unsubscribe(userId: string, scope: TUnsubscribeScope): Promise<void> {
  const stored = await prisma.notificationPreference.findMany({ where: { userId }, select: { event: true, channel: true } });
  const current = new Map(stored.map((row) => [row.event, row.channel]));
  const events = NOTIFICATION_EVENTS.filter((event) => {
    const channel = channelOf(event, current.get(event));
    return scope === "digest" ? channel === "digest" : event === scope && channel === "email";
  });
  await prisma.$transaction(
    events.map((event) =>
      prisma.notificationPreference.upsert({
        where: { userId_event: { userId, event } },
        create: { userId, event, channel: "in_app" },
        update: { channel: "in_app" },
      }),
    ),
  );
  // Already waiting: not sent either.
  const states = scope === "digest" ? (["digest"] as const) : (["pending"] as const);
  await prisma.notification.updateMany({
    where: { userId, emailState: { in: [...states] }, ...(scope === "digest" ? {} : { event: scope }) },
    data: { emailState: "none" },
  });
}
