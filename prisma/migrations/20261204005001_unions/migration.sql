-- CreateEnum
CREATE TYPE "ToolCorrectionStatus" AS ENUM ('pending', 'accepted', 'refused');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationEvent" ADD VALUE 'tool_correction_proposed';
ALTER TYPE "NotificationEvent" ADD VALUE 'tool_correction_decided';

-- DropForeignKey
ALTER TABLE "agreement_clauses" DROP CONSTRAINT "agreement_clauses_agreement_id_fkey";

-- DropForeignKey
ALTER TABLE "case_deadlines" DROP CONSTRAINT "case_deadlines_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "case_flags" DROP CONSTRAINT "case_flags_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "case_rollouts" DROP CONSTRAINT "case_rollouts_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "case_tasks" DROP CONSTRAINT "case_tasks_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "consultations" DROP CONSTRAINT "consultations_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "letters" DROP CONSTRAINT "letters_deployment_id_fkey";

-- DropForeignKey
ALTER TABLE "report_messages" DROP CONSTRAINT "report_messages_report_id_fkey";

-- DropIndex
DROP INDEX "deployments_tool_id_idx";

-- DropIndex
DROP INDEX "member_reports_receipt_hash_key";

-- DropIndex
DROP INDEX "report_messages_intake_key_key";

-- AlterTable
ALTER TABLE "agreement_clauses" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "agreements" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "calendar_feeds" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "case_deadlines" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "case_events" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "case_flags" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "case_rollouts" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "case_tasks" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "consultations" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "deployments" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "letters" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "member_reports" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "report_messages" ADD COLUMN     "union_id" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "union_id" UUID;

-- CreateTable
CREATE TABLE "unions" (
    "id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "short_name" VARCHAR(20) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "union_employers" (
    "union_id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "union_employers_pkey" PRIMARY KEY ("union_id","employer_id")
);

-- CreateTable
CREATE TABLE "tool_corrections" (
    "id" UUID NOT NULL,
    "tool_id" UUID NOT NULL,
    "union_id" UUID NOT NULL,
    "proposed_by_id" UUID,
    "proposed" JSONB NOT NULL,
    "previous" JSONB NOT NULL,
    "reason" VARCHAR(1000),
    "status" "ToolCorrectionStatus" NOT NULL DEFAULT 'pending',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tool_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tool_correction_answers" (
    "correction_id" UUID NOT NULL,
    "union_id" UUID NOT NULL,
    "accepted" BOOLEAN NOT NULL,
    "user_id" UUID,
    "answered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tool_correction_answers_pkey" PRIMARY KEY ("correction_id","union_id")
);

-- Backfill (hand-written, docs/decisions/0028): an instance with data gets one default union, which owns
-- every existing record, is present at every employer and holds every account but the admins. An empty
-- instance gets no union (admins create them).
INSERT INTO "unions" ("id", "name", "short_name", "updated_at")
SELECT gen_random_uuid(), 'Syndicat', 'SYND', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "users" WHERE "role" <> 'admin') OR EXISTS (SELECT 1 FROM "employers")
   OR EXISTS (SELECT 1 FROM "deployments") OR EXISTS (SELECT 1 FROM "member_reports") OR EXISTS (SELECT 1 FROM "agreements");

UPDATE "users" SET "union_id" = (SELECT "id" FROM "unions" LIMIT 1) WHERE "role" <> 'admin';
INSERT INTO "union_employers" ("union_id", "employer_id") SELECT u."id", e."id" FROM "unions" u CROSS JOIN "employers" e;
UPDATE "deployments" SET "union_id" = (SELECT "id" FROM "unions" LIMIT 1);
UPDATE "member_reports" SET "union_id" = (SELECT "id" FROM "unions" LIMIT 1);
UPDATE "agreements" SET "union_id" = (SELECT "id" FROM "unions" LIMIT 1);
UPDATE "consultations" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "case_deadlines" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "case_events" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "case_tasks" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "case_flags" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "letters" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "case_rollouts" c SET "union_id" = d."union_id" FROM "deployments" d WHERE d."id" = c."deployment_id";
UPDATE "report_messages" m SET "union_id" = r."union_id" FROM "member_reports" r WHERE r."id" = m."report_id";
UPDATE "agreement_clauses" c SET "union_id" = a."union_id" FROM "agreements" a WHERE a."id" = c."agreement_id";
UPDATE "calendar_feeds" f SET "union_id" = u."union_id" FROM "users" u WHERE u."id" = f."user_id";
-- Every notification so far is about a case or a report.
UPDATE "notifications" SET "union_id" = (SELECT "id" FROM "unions" LIMIT 1);

ALTER TABLE "agreement_clauses" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "agreements" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "case_deadlines" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "case_events" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "case_flags" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "case_rollouts" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "case_tasks" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "consultations" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "deployments" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "letters" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "member_reports" ALTER COLUMN "union_id" SET NOT NULL;
ALTER TABLE "report_messages" ALTER COLUMN "union_id" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "unions_name_key" ON "unions"("name");

-- CreateIndex
CREATE UNIQUE INDEX "unions_short_name_key" ON "unions"("short_name");

-- CreateIndex
CREATE INDEX "union_employers_employer_id_idx" ON "union_employers"("employer_id");

-- CreateIndex
CREATE INDEX "tool_corrections_tool_id_status_idx" ON "tool_corrections"("tool_id", "status");

-- CreateIndex
CREATE INDEX "tool_corrections_union_id_idx" ON "tool_corrections"("union_id");

-- CreateIndex
CREATE INDEX "tool_correction_answers_union_id_idx" ON "tool_correction_answers"("union_id");

-- CreateIndex
CREATE INDEX "agreement_clauses_union_id_idx" ON "agreement_clauses"("union_id");

-- CreateIndex
CREATE INDEX "agreements_union_id_idx" ON "agreements"("union_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreements_id_union_id_key" ON "agreements"("id", "union_id");

-- CreateIndex
CREATE INDEX "calendar_feeds_union_id_idx" ON "calendar_feeds"("union_id");

-- CreateIndex
CREATE INDEX "case_deadlines_union_id_due_on_idx" ON "case_deadlines"("union_id", "due_on");

-- CreateIndex
CREATE INDEX "case_events_union_id_idx" ON "case_events"("union_id");

-- CreateIndex
CREATE INDEX "case_flags_union_id_idx" ON "case_flags"("union_id");

-- CreateIndex
CREATE INDEX "case_rollouts_union_id_idx" ON "case_rollouts"("union_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_rollouts_deployment_id_union_id_key" ON "case_rollouts"("deployment_id", "union_id");

-- CreateIndex
CREATE INDEX "case_tasks_union_id_idx" ON "case_tasks"("union_id");

-- CreateIndex
CREATE INDEX "consultations_union_id_idx" ON "consultations"("union_id");

-- CreateIndex
CREATE UNIQUE INDEX "consultations_deployment_id_union_id_key" ON "consultations"("deployment_id", "union_id");

-- CreateIndex
CREATE INDEX "deployments_union_id_employer_id_status_idx" ON "deployments"("union_id", "employer_id", "status");

-- CreateIndex
CREATE INDEX "deployments_tool_id_union_id_idx" ON "deployments"("tool_id", "union_id");

-- CreateIndex
CREATE UNIQUE INDEX "deployments_id_union_id_key" ON "deployments"("id", "union_id");

-- CreateIndex
CREATE INDEX "letters_union_id_idx" ON "letters"("union_id");

-- CreateIndex
CREATE INDEX "member_reports_union_id_employer_id_status_idx" ON "member_reports"("union_id", "employer_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "member_reports_receipt_hash_union_id_key" ON "member_reports"("receipt_hash", "union_id");

-- CreateIndex
CREATE UNIQUE INDEX "member_reports_id_union_id_key" ON "member_reports"("id", "union_id");

-- CreateIndex
CREATE INDEX "notifications_union_id_idx" ON "notifications"("union_id");

-- CreateIndex
CREATE INDEX "report_messages_union_id_idx" ON "report_messages"("union_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_messages_intake_key_union_id_key" ON "report_messages"("intake_key", "union_id");

-- CreateIndex
CREATE INDEX "users_union_id_idx" ON "users"("union_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "union_employers" ADD CONSTRAINT "union_employers_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "union_employers" ADD CONSTRAINT "union_employers_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_reports" ADD CONSTRAINT "member_reports_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_report_id_union_id_fkey" FOREIGN KEY ("report_id", "union_id") REFERENCES "member_reports"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_rollouts" ADD CONSTRAINT "case_rollouts_deployment_id_union_id_fkey" FOREIGN KEY ("deployment_id", "union_id") REFERENCES "deployments"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_clauses" ADD CONSTRAINT "agreement_clauses_agreement_id_union_id_fkey" FOREIGN KEY ("agreement_id", "union_id") REFERENCES "agreements"("id", "union_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_corrections" ADD CONSTRAINT "tool_corrections_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "ai_tools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_corrections" ADD CONSTRAINT "tool_corrections_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_corrections" ADD CONSTRAINT "tool_corrections_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_corrections" ADD CONSTRAINT "tool_corrections_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_correction_answers" ADD CONSTRAINT "tool_correction_answers_correction_id_fkey" FOREIGN KEY ("correction_id") REFERENCES "tool_corrections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_correction_answers" ADD CONSTRAINT "tool_correction_answers_union_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_correction_answers" ADD CONSTRAINT "tool_correction_answers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
