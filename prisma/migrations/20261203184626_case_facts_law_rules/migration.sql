-- AlterTable
ALTER TABLE "deployments" ADD COLUMN     "alert_investigated" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "alert_investigated_on" DATE,
ADD COLUMN     "info_to_workers" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "info_to_workers_on" DATE,
ADD COLUMN     "log_retention_months" INTEGER,
ADD COLUMN     "rights_alert_on" DATE,
ADD COLUMN     "rps_assessed" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "significant_change" "TriState" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "significant_change_on" DATE,
ADD COLUMN     "vendor_training_basis" "TriState" NOT NULL DEFAULT 'unknown';
