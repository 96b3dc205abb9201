-- Written by hand: the trigram operator class of the text filters' indexes (in every PostgreSQL's
-- contrib, and in the embedded server's binaries).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Entry_kind_status_idx";

-- CreateIndex
CREATE INDEX "AuditLog_actorEmail_idx" ON "AuditLog" USING GIN ("actorEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditLog_targetId_idx" ON "AuditLog" USING GIN ("targetId" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Country_successorId_idx" ON "Country"("successorId");

-- CreateIndex
CREATE INDEX "Entry_kind_status_label_idx" ON "Entry"("kind", "status", "label");

-- CreateIndex
CREATE INDEX "Entry_updatedAt_id_idx" ON "Entry"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Entry_label_idx" ON "Entry" USING GIN ("label" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_placeCountryId_idx" ON "Event"("placeCountryId");

-- CreateIndex
CREATE INDEX "EventParticipant_countryId_idx" ON "EventParticipant"("countryId");

-- CreateIndex
CREATE INDEX "Excerpt_text_idx" ON "Excerpt" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Fact_organizationId_idx" ON "Fact"("organizationId");

-- CreateIndex
CREATE INDEX "Person_countryId_idx" ON "Person"("countryId");
