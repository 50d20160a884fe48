-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "job_runs" (
    "id" UUID NOT NULL,
    "queue" VARCHAR(100) NOT NULL,
    "job_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" "JobRunStatus" NOT NULL,
    "worker" VARCHAR(200) NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "summary" JSONB,
    "error" VARCHAR(2000),

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_runs_queue_started_at_idx" ON "job_runs"("queue", "started_at" DESC);

-- CreateIndex
CREATE INDEX "job_runs_status_started_at_idx" ON "job_runs"("status", "started_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "job_runs_job_id_attempt_key" ON "job_runs"("job_id", "attempt");
