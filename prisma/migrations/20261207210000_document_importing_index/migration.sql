-- The sweep of abandoned TMX imports (decision 053) runs every 30 s in every worker and asks for the documents
-- still `importing`: a partial index holds just those, so it does not read a 50,000-document archive to find none.
CREATE INDEX "Document_importing_idx" ON "Document" ("id") WHERE "status" = 'importing';
