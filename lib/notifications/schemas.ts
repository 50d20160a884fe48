import { z } from "zod";

import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS } from "./events";

export const ZMarkRead = z.object({ id: z.uuid() });
export type TMarkRead = z.output<typeof ZMarkRead>;

export const ZMarkAllRead = z.object({});

/** One channel per event; events left out keep their current choice. */
export const ZNotificationPreferences = z.object({
  channels: z.partialRecord(z.enum(NOTIFICATION_EVENTS), z.enum(NOTIFICATION_CHANNELS)),
});
export type TNotificationPreferences = z.output<typeof ZNotificationPreferences>;

export const ZNotificationPage = z.coerce.number().int().min(1).max(10_000).catch(1);
