"use server";

import { after } from "next/server";

import { defineAction } from "@/lib/actions/define-action";
import { ZCalendarEntryInput, ZResetCalendarEntry } from "@/lib/compliance/calendar-schemas";
import { resetCalendarEntry, saveCalendarEntry } from "@/lib/compliance/save-calendar-entry";

// Flags show on case pages, lists and dashboards: all of them follow a calendar edit.
const revalidate = ["/admin/legal-calendar", "/cases", "/dashboards", "/"];
/** On a large database the flags are recomputed after the response (see INLINE_RECOMPUTE_MAX_CASES). */
const defer = (task: () => Promise<void>) => after(task);

export const saveCalendarEntryAction = defineAction(ZCalendarEntryInput, (actor, input) => saveCalendarEntry(actor, input, { defer }), { revalidate });
export const resetCalendarEntryAction = defineAction(ZResetCalendarEntry, (actor, input) => resetCalendarEntry(actor, input, { defer }), { revalidate });
