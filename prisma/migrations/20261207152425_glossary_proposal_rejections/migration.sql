-- CreateTable
CREATE TABLE "GlossaryProposalRejection" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "rejectedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryProposalRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryProposalRejection_projectId_source_key" ON "GlossaryProposalRejection"("projectId", "source");

-- AddForeignKey
ALTER TABLE "GlossaryProposalRejection" ADD CONSTRAINT "GlossaryProposalRejection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryProposalRejection" ADD CONSTRAINT "GlossaryProposalRejection_rejectedById_fkey" FOREIGN KEY ("rejectedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rejections recorded before this table existed were audit events only (decision 043); carry them over, the
-- earliest per term, so the proposals they silenced stay silenced (decision 049).
INSERT INTO "GlossaryProposalRejection" ("id", "projectId", "source", "rejectedById", "createdAt")
SELECT DISTINCT ON (a."projectId", a."target") 'r' || a."id", a."projectId", a."target", a."actorId", a."createdAt"
FROM "AuditEvent" a JOIN "Project" p ON p."id" = a."projectId"
WHERE a."action" = 'glossary.proposal-reject' AND a."target" IS NOT NULL
ORDER BY a."projectId", a."target", a."createdAt"
ON CONFLICT DO NOTHING;
