-- AlterTable
ALTER TABLE "DocumentPresence" ADD COLUMN     "beadId" TEXT;

-- CreateTable
CREATE TABLE "DocumentChange" (
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "operationId" TEXT,
    "beadIds" TEXT[],
    "segmentIds" TEXT[],
    "delta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentChange_pkey" PRIMARY KEY ("documentId","version")
);

-- AddForeignKey
ALTER TABLE "DocumentChange" ADD CONSTRAINT "DocumentChange_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
