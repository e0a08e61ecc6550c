-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "qaChecks" TEXT[] DEFAULT ARRAY['number', 'amount', 'date', 'name', 'negation', 'glossary']::TEXT[];

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "qaSummary" JSONB;

-- CreateTable
CREATE TABLE "QaDismissal" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "beadId" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QaDismissal_documentId_beadId_fingerprint_key" ON "QaDismissal"("documentId", "beadId", "fingerprint");

-- AddForeignKey
ALTER TABLE "QaDismissal" ADD CONSTRAINT "QaDismissal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaDismissal" ADD CONSTRAINT "QaDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
