-- CreateEnum
CREATE TYPE "DashboardVisibility" AS ENUM ('public', 'viewers', 'reps');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('new', 'needs_info', 'linked', 'duplicate', 'not_ai', 'closed');

-- CreateEnum
CREATE TYPE "ReportMessageKind" AS ENUM ('reporter', 'rep', 'internal');

-- CreateEnum
CREATE TYPE "LegalStatus" AS ENUM ('proposal', 'adopted', 'in_force');

-- CreateEnum
CREATE TYPE "FlagSeverity" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('suspected', 'confirmed');

-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('open_consultation', 'precise_information', 'expert_deliberation', 'rights_alert', 'duerp_update', 'gdpr_access', 'market_surveillance_complaint');

-- AlterEnum
ALTER TYPE "CaseEventType" ADD VALUE 'report_linked';

-- AlterTable
ALTER TABLE "case_events" ADD COLUMN     "letter_id" UUID,
ADD COLUMN     "report_id" UUID;

-- AlterTable
ALTER TABLE "deployments" ADD COLUMN     "analysis_retention_months" INTEGER,
ADD COLUMN     "annex_credit_scoring" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "annex_employment" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "annex_life_health_pricing" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "call_recording_percent" INTEGER,
ADD COLUMN     "customer_ai_disclosure" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "customer_chatbot" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "dpia_done" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "emotion_disclosure" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "emotion_inference_customers" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "emotion_inference_workers" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "fria" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "fria_on" DATE,
ADD COLUMN     "info_to_reps" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "info_to_reps_on" DATE,
ADD COLUMN     "recording_retention_months" INTEGER;

-- AlterTable
ALTER TABLE "employers" ADD COLUMN     "dashboard_visibility" "DashboardVisibility" NOT NULL DEFAULT 'reps';

-- CreateTable
CREATE TABLE "member_reports" (
    "id" UUID NOT NULL,
    "receipt_hash" VARCHAR(128) NOT NULL,
    "employer_id" UUID,
    "content" BYTEA NOT NULL,
    "staff_informed" "TriState" NOT NULL DEFAULT 'unknown',
    "concerns" "Concern"[],
    "status" "ReportStatus" NOT NULL DEFAULT 'new',
    "submitted_on" DATE NOT NULL,
    "last_activity_on" DATE NOT NULL,
    "closed_on" DATE,
    "deployment_id" UUID,
    "duplicate_of_id" UUID,

    CONSTRAINT "member_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_messages" (
    "id" BIGSERIAL NOT NULL,
    "report_id" UUID NOT NULL,
    "kind" "ReportMessageKind" NOT NULL,
    "author_id" UUID,
    "body" BYTEA NOT NULL,
    "sent_on" DATE NOT NULL,

    CONSTRAINT "report_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "throttle_salts" (
    "day" DATE NOT NULL,
    "salt" BYTEA NOT NULL,

    CONSTRAINT "throttle_salts_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "legal_calendar" (
    "rule_id" VARCHAR(8) NOT NULL,
    "applies_from" DATE NOT NULL,
    "legal_status" "LegalStatus" NOT NULL,
    "source" VARCHAR(500) NOT NULL,
    "tag" VARCHAR(1) NOT NULL,
    "note" VARCHAR(1000),
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "legal_calendar_pkey" PRIMARY KEY ("rule_id")
);

-- CreateTable
CREATE TABLE "case_flags" (
    "deployment_id" UUID NOT NULL,
    "rule_id" VARCHAR(8) NOT NULL,
    "severity" "FlagSeverity" NOT NULL,
    "status" "FlagStatus" NOT NULL,

    CONSTRAINT "case_flags_pkey" PRIMARY KEY ("deployment_id","rule_id")
);

-- CreateTable
CREATE TABLE "letter_templates" (
    "kind" "LetterKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "letter_templates_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "letters" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "sent_on" DATE,
    "reply_due_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "letters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "user_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "member_reports_receipt_hash_key" ON "member_reports"("receipt_hash");

-- CreateIndex
CREATE INDEX "member_reports_employer_id_status_idx" ON "member_reports"("employer_id", "status");

-- CreateIndex
CREATE INDEX "member_reports_employer_id_submitted_on_idx" ON "member_reports"("employer_id", "submitted_on");

-- CreateIndex
CREATE INDEX "member_reports_status_closed_on_idx" ON "member_reports"("status", "closed_on");

-- CreateIndex
CREATE INDEX "member_reports_submitted_on_idx" ON "member_reports"("submitted_on");

-- CreateIndex
CREATE INDEX "member_reports_deployment_id_idx" ON "member_reports"("deployment_id");

-- CreateIndex
CREATE INDEX "report_messages_report_id_id_idx" ON "report_messages"("report_id", "id");

-- CreateIndex
CREATE INDEX "case_flags_rule_id_status_idx" ON "case_flags"("rule_id", "status");

-- CreateIndex
CREATE INDEX "letters_deployment_id_idx" ON "letters"("deployment_id");

-- CreateIndex
CREATE INDEX "letters_reply_due_on_idx" ON "letters"("reply_due_on");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"("token_hash");

-- CreateIndex
CREATE INDEX "case_events_letter_id_idx" ON "case_events"("letter_id");

-- CreateIndex
CREATE INDEX "case_events_report_id_idx" ON "case_events"("report_id");

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "member_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_reports" ADD CONSTRAINT "member_reports_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_reports" ADD CONSTRAINT "member_reports_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_reports" ADD CONSTRAINT "member_reports_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "member_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "member_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
