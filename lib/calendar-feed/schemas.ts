/** The calendar-feed actions take no input: they act on the signed-in user's own feed. */
import { z } from "zod";

export const ZOwnFeed = z.object({});
