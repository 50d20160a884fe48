-- DropTable
DROP TABLE "throttle_salts";

-- The anonymous intake's throttle now lives in memory only (issue 14): its old counters go too.
DELETE FROM "rate_limits" WHERE "key" LIKE 'report-submit:%' OR "key" LIKE 'report-receipt:%';
