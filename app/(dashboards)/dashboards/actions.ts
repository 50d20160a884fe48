"use server";

import { redirect } from "next/navigation";

import { defineAction } from "@/lib/actions/define-action";
import { ZSetDashboardVisibility } from "@/lib/dashboards/schemas";
import { setDashboardVisibility } from "@/lib/dashboards/set-visibility";

// Visibility decides who sees the employer's dashboard and what the public sector page adds up.
export const setDashboardVisibilityAction = defineAction(ZSetDashboardVisibility, setDashboardVisibility, { revalidate: ["/dashboards", "/public"] });

/**
 * The visibility form posts as a plain HTML form (no client JavaScript on the dashboard page), through
 * the same action, then returns to the dashboard saying whether it was saved.
 */
export async function submitDashboardVisibility(formData: FormData): Promise<void> {
  const employerId = String(formData.get("employerId") ?? "");
  const result = await setDashboardVisibilityAction({ employerId, visibility: String(formData.get("visibility") ?? "") as "reps" });
  const id = ZSetDashboardVisibility.shape.employerId.safeParse(employerId);
  redirect(id.success ? `/dashboards/employers/${id.data}?visibility=${result.ok ? "saved" : "error"}` : "/dashboards");
}
