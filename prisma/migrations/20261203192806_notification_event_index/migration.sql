-- CreateIndex
CREATE INDEX "notifications_event_created_at_idx" ON "notifications"("event", "created_at");
