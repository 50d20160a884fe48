import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { AddEventForm } from "@/components/workflow/add-event-form";
import { AddTaskForm } from "@/components/workflow/add-task-form";
import { CaseTasks } from "@/components/workflow/case-tasks";
import { CaseTimeline } from "@/components/workflow/case-timeline";
import { StatusPanel } from "@/components/workflow/status-panel";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { TCaseWorkflow } from "@/lib/workflow/queries";

/** A collapsed form under its list: the list is what people come for, the form is one click away. */
function AddDisclosure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="mt-4 rounded-md border border-slate-200 p-3 open:pb-4">
      <summary className="cursor-pointer font-semibold text-indigo-800">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/**
 * The workflow part of a case page: status and its change, the timeline with internal notes, and the
 * tasks. `data` comes from getCaseWorkflow; forms appear only when the actor may change the case.
 */
export function CaseWorkflowSection({ data, caseId }: { data: TCaseWorkflow; caseId: string }) {
  const t = useTranslations();
  return (
    <div className="flex flex-col gap-4">
      {data.canWrite ? null : <Alert tone="info">{t("workflow.readOnly")}</Alert>}
      <Card title={t("workflow.status.heading")}>
        <StatusPanel data={data} caseId={caseId} />
      </Card>
      <Card title={t("workflow.tasks.heading")}>
        <CaseTasks tasks={data.tasks} canWrite={data.canWrite} assignees={data.assignees} />
        {data.canWrite ? (
          <AddDisclosure label={t("workflow.tasks.add")}>
            <AddTaskForm caseId={caseId} assignees={data.assignees} />
          </AddDisclosure>
        ) : null}
      </Card>
      <Card title={t("workflow.timeline.heading")}>
        {data.canWrite ? (
          <AddDisclosure label={t("workflow.timeline.add")}>
            <AddEventForm caseId={caseId} today={data.today} />
          </AddDisclosure>
        ) : null}
        {data.linkedReports > 0 ? <p className="mt-4 text-sm font-semibold text-slate-800">{t("reports.timeline.count", { count: data.linkedReports })}</p> : null}
        <div className="mt-4">
          <CaseTimeline events={data.events} />
        </div>
      </Card>
    </div>
  );
}
