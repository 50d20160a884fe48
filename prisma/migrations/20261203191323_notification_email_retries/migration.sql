-- DropIndex
DROP INDEX "notifications_email_state_idx";

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "email_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "email_error" VARCHAR(500),
ADD COLUMN     "email_not_before" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "notifications_email_state_email_not_before_idx" ON "notifications"("email_state", "email_not_before");
