-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('ai_agreement', 'gepp', 'method', 'other');

-- CreateEnum
CREATE TYPE "AgreementClauseKind" AS ENUM ('no_ai_dismissal', 'consultation', 'monitoring_limits', 'training');

-- CreateTable
CREATE TABLE "agreements" (
    "id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "signed_on" DATE,
    "outcome" VARCHAR(2000),
    "is_shared" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_clauses" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "kind" "AgreementClauseKind" NOT NULL,
    "text" VARCHAR(2000) NOT NULL,

    CONSTRAINT "agreement_clauses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agreements_employer_id_idx" ON "agreements"("employer_id");

-- CreateIndex
CREATE INDEX "agreements_is_shared_idx" ON "agreements"("is_shared");

-- CreateIndex
CREATE INDEX "agreement_clauses_agreement_id_idx" ON "agreement_clauses"("agreement_id");

-- CreateIndex
CREATE INDEX "agreement_clauses_kind_idx" ON "agreement_clauses"("kind");

-- AddForeignKey
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_clauses" ADD CONSTRAINT "agreement_clauses_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
