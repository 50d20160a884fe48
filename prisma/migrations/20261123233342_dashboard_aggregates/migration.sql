-- CreateTable
CREATE TABLE "case_rollouts" (
    "deployment_id" UUID NOT NULL,
    "started_on" DATE,
    "closed_on" DATE,

    CONSTRAINT "case_rollouts_pkey" PRIMARY KEY ("deployment_id")
);

-- CreateTable
CREATE TABLE "employer_stats" (
    "employer_id" UUID NOT NULL,
    "period" SMALLINT NOT NULL,
    "as_of" DATE NOT NULL,
    "cases" INTEGER NOT NULL,
    "tools" INTEGER NOT NULL,
    "open_cases" INTEGER NOT NULL,
    "started" INTEGER NOT NULL,
    "complete_before" INTEGER NOT NULL,
    "live_first" INTEGER NOT NULL,
    "undated_live" INTEGER NOT NULL,
    "consultations" INTEGER NOT NULL,
    "median_days_to_d0" DOUBLE PRECISION,
    "expertise" INTEGER NOT NULL,
    "duerp_updated" INTEGER NOT NULL,
    "monitoring" INTEGER NOT NULL,
    "jobs_threatened" INTEGER NOT NULL,
    "jobs_threatened_cases" INTEGER NOT NULL,
    "jobs_cut" INTEGER NOT NULL,
    "jobs_cut_cases" INTEGER NOT NULL,
    "overdue_cases" INTEGER NOT NULL,
    "due_soon_cases" INTEGER NOT NULL,

    CONSTRAINT "employer_stats_pkey" PRIMARY KEY ("employer_id","period")
);

-- CreateTable
CREATE TABLE "employer_breakdowns" (
    "employer_id" UUID NOT NULL,
    "period" SMALLINT NOT NULL,
    "dimension" VARCHAR(16) NOT NULL,
    "key" VARCHAR(160) NOT NULL,
    "cases" INTEGER NOT NULL,

    CONSTRAINT "employer_breakdowns_pkey" PRIMARY KEY ("employer_id","period","dimension","key")
);

-- CreateTable
CREATE TABLE "sector_reach" (
    "sector" "Sector" NOT NULL,
    "visibility" "DashboardVisibility" NOT NULL,
    "period" SMALLINT NOT NULL,
    "dimension" VARCHAR(16) NOT NULL,
    "key" VARCHAR(160) NOT NULL,
    "employers" INTEGER NOT NULL,

    CONSTRAINT "sector_reach_pkey" PRIMARY KEY ("period","dimension","sector","visibility","key")
);

-- CreateTable
CREATE TABLE "dashboard_refresh" (
    "id" SMALLINT NOT NULL,
    "stats_on" DATE NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL,
    "calendar_stamp" VARCHAR(80) NOT NULL,

    CONSTRAINT "dashboard_refresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "employer_stats_period_idx" ON "employer_stats"("period");

-- CreateIndex
CREATE INDEX "employer_breakdowns_dimension_key_period_idx" ON "employer_breakdowns"("dimension", "key", "period");

-- CreateIndex
CREATE INDEX "consultations_updated_at_idx" ON "consultations"("updated_at");

-- CreateIndex
CREATE INDEX "employers_updated_at_idx" ON "employers"("updated_at");

-- AddForeignKey
ALTER TABLE "case_rollouts" ADD CONSTRAINT "case_rollouts_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_stats" ADD CONSTRAINT "employer_stats_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_breakdowns" ADD CONSTRAINT "employer_breakdowns_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
