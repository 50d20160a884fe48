"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";

import { defineAction } from "@/lib/actions/define-action";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/events";
import { saveNotificationPreferences } from "@/lib/notifications/save-preferences";
import { ZNotificationPreferences } from "@/lib/notifications/schemas";

export const saveNotificationPreferencesAction = defineAction(ZNotificationPreferences, saveNotificationPreferences, {
  revalidate: ["/account/notifications"],
});

/** The preferences form posts one radio group per event (works without JavaScript). */
export async function saveNotificationPreferencesForm(formData: FormData): Promise<void> {
  const channels = Object.fromEntries(
    NOTIFICATION_EVENTS.flatMap((event) => {
      const value = formData.get(event);
      return typeof value === "string" ? [[event, value]] : [];
    }),
  );
  // The values are whatever was posted: the action's schema checks them.
  const result = await saveNotificationPreferencesAction({ channels } as z.input<typeof ZNotificationPreferences>);
  redirect(result.ok ? "/account/notifications?saved=1" : "/account/notifications?error=1");
}
