-- AlterTable
ALTER TABLE "user_sessions" ADD COLUMN     "webauthn_challenge_expires_at" TIMESTAMPTZ(3);
