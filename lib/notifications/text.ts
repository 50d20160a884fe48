/**
 * A notification's sentence in the reader's language (in-app) or in French (e-mail). Pure: `t` is a
 * translator over messages/<locale>/notifications.json and consultation.json.
 */
import type { TNotificationEvent, TNotificationParams } from "./events";

export type TTranslate = (key: string, params?: Record<string, string | number>) => string;

export type TNotificationLike = { event: TNotificationEvent; params: unknown };

/** 2027-03-15 → 15/03/2027 (French order, also read so in the English UI's French context). */
export function dayMonthYear(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

export function notificationTitle(notification: TNotificationLike, t: TTranslate): string {
  switch (notification.event) {
    case "deadline_reminder": {
      const p = notification.params as TNotificationParams["deadline_reminder"];
      return t(`notifications.text.deadline.${p.stage}`, {
        what: t(`consultation.deadline.label.${p.deadlineKind}`),
        caseName: p.caseName,
        employer: p.employerName,
        dueOn: dayMonthYear(p.dueOn),
      });
    }
    case "report_received":
    case "reporter_replied": {
      // An empty name: the reporter named an employer unknown to the app (admins assign it).
      const employer = (notification.params as TNotificationParams["report_received"]).employerName;
      const key = notification.event === "report_received" ? "reportReceived" : "reporterReplied";
      return employer ? t(`notifications.text.${key}`, { employer }) : t(`notifications.text.${key}Unassigned`);
    }
    case "flag_raised": {
      const p = notification.params as TNotificationParams["flag_raised"];
      return t(`notifications.text.flag.${p.status}`, { rule: p.ruleId, caseName: p.caseName, employer: p.employerName });
    }
    case "task_assigned": {
      const p = notification.params as TNotificationParams["task_assigned"];
      return p.dueOn
        ? t("notifications.text.taskAssignedDue", { task: p.taskTitle, caseName: p.caseName, dueOn: dayMonthYear(p.dueOn) })
        : t("notifications.text.taskAssigned", { task: p.taskTitle, caseName: p.caseName });
    }
    case "task_due": {
      const p = notification.params as TNotificationParams["task_due"];
      return t(`notifications.text.taskDue.${p.stage}`, { task: p.taskTitle, caseName: p.caseName, dueOn: dayMonthYear(p.dueOn) });
    }
    case "tool_correction_proposed": {
      const p = notification.params as TNotificationParams["tool_correction_proposed"];
      return t("notifications.text.toolCorrectionProposed", { tool: p.toolName, union: p.unionName });
    }
    case "tool_correction_decided": {
      const p = notification.params as TNotificationParams["tool_correction_decided"];
      return t(`notifications.text.toolCorrection.${p.outcome}`, { tool: p.toolName });
    }
    case "account_locked": {
      const p = notification.params as TNotificationParams["account_locked"];
      return t("notifications.text.accountLocked", { failures: p.failures, lockedUntil: p.lockedUntil });
    }
  }
}
