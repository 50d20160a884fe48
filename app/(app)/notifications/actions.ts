"use server";

import { defineAction } from "@/lib/actions/define-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { ZMarkAllRead, ZMarkRead } from "@/lib/notifications/schemas";

// "layout": the bell in the shell shows the new count too.
const revalidate = ["/notifications"];

export const markNotificationReadAction = defineAction(ZMarkRead, markNotificationRead, { revalidate });
export const markAllNotificationsReadAction = defineAction(ZMarkAllRead, markAllNotificationsRead, { revalidate });

/** Plain-form versions (the page works without JavaScript). */
export async function markNotificationReadForm(formData: FormData): Promise<void> {
  await markNotificationReadAction({ id: String(formData.get("id") ?? "") });
}

export async function markAllNotificationsReadForm(): Promise<void> {
  await markAllNotificationsReadAction({});
}
