"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addCaseEvent } from "@/lib/workflow/add-event";
import { completeCaseTask } from "@/lib/workflow/complete-task";
import { createCaseTask } from "@/lib/workflow/create-task";
import { reopenCaseTask } from "@/lib/workflow/reopen-task";
import { ZAddEvent, ZCreateTask, ZTaskRef, ZTransitionCase, ZUpdateTask } from "@/lib/workflow/schemas";
import { transitionCase } from "@/lib/workflow/transition-case";
import { updateCaseTask } from "@/lib/workflow/update-task";

// The case page and the case lists (statuses, open tasks) live under /cases.
const revalidate = ["/cases"];

export const transitionCaseAction = defineAction(ZTransitionCase, transitionCase, { revalidate });
export const addCaseEventAction = defineAction(ZAddEvent, addCaseEvent, { revalidate });
export const createCaseTaskAction = defineAction(ZCreateTask, createCaseTask, { revalidate });
export const completeCaseTaskAction = defineAction(ZTaskRef, completeCaseTask, { revalidate });
export const reopenCaseTaskAction = defineAction(ZTaskRef, reopenCaseTask, { revalidate });
export const updateCaseTaskAction = defineAction(ZUpdateTask, updateCaseTask, { revalidate });
