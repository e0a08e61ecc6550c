-- CreateIndex
CREATE INDEX "ReviewDecision_documentId_createdAt_idx" ON "ReviewDecision"("documentId", "createdAt");
