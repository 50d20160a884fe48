-- CreateEnum
CREATE TYPE "CseBodyKind" AS ENUM ('cse', 'cse_central', 'cse_etablissement', 'cssct');

-- CreateEnum
CREATE TYPE "AiFunction" AS ENUM ('draft_customer_email', 'summarise', 'scheduling', 'task_allocation', 'call_transcription', 'call_scoring', 'voice_emotion_analysis', 'credit_scoring', 'fraud_detection', 'insurance_pricing', 'claims_triage', 'recruitment', 'performance_evaluation', 'customer_chatbot', 'office_assistant', 'document_processing', 'code_assistant', 'other');

-- CreateEnum
CREATE TYPE "DataCategory" AS ENUM ('customer', 'employee', 'voice', 'biometric', 'health', 'financial');

-- CreateEnum
CREATE TYPE "HostingRegion" AS ENUM ('france', 'eu', 'outside_eu', 'unknown');

-- CreateEnum
CREATE TYPE "TriState" AS ENUM ('yes', 'no', 'unknown');

-- CreateEnum
CREATE TYPE "DeploymentPhase" AS ENUM ('rumour', 'announced', 'pilot', 'rollout', 'production', 'suspended', 'withdrawn');

-- CreateEnum
CREATE TYPE "CaseSource" AS ENUM ('member_report', 'employer_info', 'cse_agenda', 'press', 'other_section');

-- CreateEnum
CREATE TYPE "Concern" AS ENUM ('work_intensification', 'checking_work', 'error_liability', 'job_cuts', 'algorithmic_management', 'surveillance', 'deskilling', 'it_dependence', 'data_opacity', 'environmental_cost');

-- CreateEnum
CREATE TYPE "MonitoredSignal" AS ENUM ('calls', 'script_adherence', 'voice', 'keystrokes', 'time', 'output_volume');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('reported', 'qualified', 'info_requested', 'consultation_open', 'expertise_in_progress', 'avis_given', 'deemed_negative', 'deployed_compliant', 'deployed_irregular', 'contentious', 'resolved', 'closed_no_action');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('consultation_obtained', 'info_obtained', 'expertise_done', 'tool_modified', 'suspended_by_court', 'withdrawn', 'agreement_signed', 'job_guarantees', 'cnil_decision', 'no_result');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('l2312_8_new_technology', 'l2312_8_working_conditions', 'l2312_8_environment', 'l2312_38_monitoring', 'l2312_38_hr_processing', 'l2312_38_recruitment', 'l4121_3_duerp');

-- CreateEnum
CREATE TYPE "ConsultationDocument" AS ENUM ('project_note', 'vendor_and_model', 'data_flows', 'dpia', 'ai_act_classification', 'jobs_workload_impact', 'training_plan', 'duerp_update', 'environmental_data');

-- CreateEnum
CREATE TYPE "Avis" AS ENUM ('favourable', 'defavorable', 'abstention', 'reputed_negative');

-- CreateEnum
CREATE TYPE "CaseEventType" AS ENUM ('note', 'meeting', 'letter_sent', 'employer_reply', 'cse_meeting', 'expert_report', 'legal_step', 'status_change');

-- AlterTable
ALTER TABLE "employers" ADD COLUMN     "accord_delays" JSONB,
ADD COLUMN     "accord_name" VARCHAR(200);

-- CreateTable
CREATE TABLE "cse_bodies" (
    "id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "kind" "CseBodyKind" NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cse_bodies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_tools" (
    "id" UUID NOT NULL,
    "vendor" VARCHAR(120) NOT NULL,
    "product_name" VARCHAR(160) NOT NULL,
    "dedupe_key" VARCHAR(300) NOT NULL,
    "underlying_model" VARCHAR(160),
    "functions" "AiFunction"[],
    "data_categories" "DataCategory"[],
    "data_processed" VARCHAR(2000),
    "hosting_region" "HostingRegion" NOT NULL DEFAULT 'unknown',
    "trains_on_customer_data" "TriState" NOT NULL DEFAULT 'unknown',
    "trains_on_employee_data" "TriState" NOT NULL DEFAULT 'unknown',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ai_tools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployments" (
    "id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "tool_id" UUID NOT NULL,
    "local_name" VARCHAR(200) NOT NULL,
    "description" VARCHAR(5000),
    "services_affected" TEXT[],
    "job_families" TEXT[],
    "headcount_affected" INTEGER,
    "phase" "DeploymentPhase" NOT NULL,
    "first_known_on" DATE NOT NULL,
    "announced_on" DATE,
    "pilot_start_on" DATE,
    "go_live_on" DATE,
    "source" "CaseSource" NOT NULL,
    "concerns" "Concern"[],
    "monitors" "MonitoredSignal"[],
    "individual_monitoring" "TriState" NOT NULL DEFAULT 'unknown',
    "jobs_threatened" INTEGER,
    "jobs_cut" INTEGER,
    "stated_goal" VARCHAR(500),
    "rep_in_charge_id" UUID,
    "status" "CaseStatus" NOT NULL DEFAULT 'reported',
    "outcome" "CaseOutcome",
    "resolution_summary" VARCHAR(5000),
    "resolved_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "deployments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultations" (
    "deployment_id" UUID NOT NULL,
    "cse_body_id" UUID,
    "legal_bases" "LegalBasis"[],
    "info_given_on" DATE,
    "bdese_notice_on" DATE,
    "documents_received" "ConsultationDocument"[],
    "multi_level" BOOLEAN NOT NULL DEFAULT false,
    "expert_appointed" BOOLEAN NOT NULL DEFAULT false,
    "expert_firm" VARCHAR(200),
    "deliberation_on" DATE,
    "designation_on" DATE,
    "expert_info_request_on" DATE,
    "expert_cost_notice_on" DATE,
    "expert_report_on" DATE,
    "avis" "Avis",
    "avis_on" DATE,
    "employer_answer_on" DATE,
    "worker_notice_on" DATE,
    "duerp_updated_on" DATE,
    "dpia_shown" "TriState" NOT NULL DEFAULT 'unknown',
    "ai_training_offered" "TriState" NOT NULL DEFAULT 'unknown',
    "deadline_overrides" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "consultations_pkey" PRIMARY KEY ("deployment_id")
);

-- CreateTable
CREATE TABLE "case_deadlines" (
    "deployment_id" UUID NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "due_on" DATE NOT NULL,
    "overridden" BOOLEAN NOT NULL DEFAULT false,
    "done_on" DATE,

    CONSTRAINT "case_deadlines_pkey" PRIMARY KEY ("deployment_id","kind")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "type" "CaseEventType" NOT NULL,
    "occurred_on" DATE NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" VARCHAR(10000),
    "from_status" "CaseStatus",
    "to_status" "CaseStatus",
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_tasks" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "due_on" DATE,
    "assignee_id" UUID,
    "done_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cse_bodies_employer_id_idx" ON "cse_bodies"("employer_id");

-- CreateIndex
CREATE UNIQUE INDEX "ai_tools_dedupe_key_key" ON "ai_tools"("dedupe_key");

-- CreateIndex
CREATE INDEX "ai_tools_vendor_idx" ON "ai_tools"("vendor");

-- CreateIndex
CREATE INDEX "deployments_employer_id_status_idx" ON "deployments"("employer_id", "status");

-- CreateIndex
CREATE INDEX "deployments_tool_id_idx" ON "deployments"("tool_id");

-- CreateIndex
CREATE INDEX "deployments_rep_in_charge_id_idx" ON "deployments"("rep_in_charge_id");

-- CreateIndex
CREATE INDEX "deployments_status_updated_at_idx" ON "deployments"("status", "updated_at");

-- CreateIndex
CREATE INDEX "deployments_updated_at_idx" ON "deployments"("updated_at");

-- CreateIndex
CREATE INDEX "case_deadlines_due_on_idx" ON "case_deadlines"("due_on");

-- CreateIndex
CREATE INDEX "case_events_deployment_id_occurred_on_idx" ON "case_events"("deployment_id", "occurred_on");

-- CreateIndex
CREATE INDEX "case_tasks_deployment_id_idx" ON "case_tasks"("deployment_id");

-- CreateIndex
CREATE INDEX "case_tasks_assignee_id_done_at_idx" ON "case_tasks"("assignee_id", "done_at");

-- CreateIndex
CREATE INDEX "case_tasks_due_on_idx" ON "case_tasks"("due_on");

-- AddForeignKey
ALTER TABLE "cse_bodies" ADD CONSTRAINT "cse_bodies_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "ai_tools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_rep_in_charge_id_fkey" FOREIGN KEY ("rep_in_charge_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_cse_body_id_fkey" FOREIGN KEY ("cse_body_id") REFERENCES "cse_bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
