-- AlterTable
ALTER TABLE "report_messages" ADD COLUMN     "intake_key" VARCHAR(32);

-- CreateIndex
CREATE UNIQUE INDEX "report_messages_intake_key_key" ON "report_messages"("intake_key");
