-- pg_trgm ships with PostgreSQL (contrib) and with the embedded server; it is a trusted extension, so the
-- database owner may create it (decision 034).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Segment_text_trgm_idx" ON "Segment" USING GIN ("text" gin_trgm_ops);
