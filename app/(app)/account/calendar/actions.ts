"use server";

import { defineAction } from "@/lib/actions/define-action";
import { issueCalendarFeed } from "@/lib/calendar-feed/issue-feed";
import { revokeCalendarFeed } from "@/lib/calendar-feed/revoke-feed";
import { ZOwnFeed } from "@/lib/calendar-feed/schemas";

const revalidate = ["/account/calendar"];

export const issueCalendarFeedAction = defineAction(ZOwnFeed, issueCalendarFeed, { revalidate });
export const revokeCalendarFeedAction = defineAction(ZOwnFeed, revokeCalendarFeed, { revalidate });
