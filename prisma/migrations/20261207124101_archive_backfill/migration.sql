-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "resumeKey" TEXT;

-- AlterTable
ALTER TABLE "ImportItem" ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "progress" INTEGER,
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ImportFileChunk" (
    "itemId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "ImportFileChunk_pkey" PRIMARY KEY ("itemId","seq")
);

-- CreateIndex
CREATE INDEX "ImportBatch_projectId_resumeKey_idx" ON "ImportBatch"("projectId", "resumeKey");

-- AddForeignKey
ALTER TABLE "ImportFileChunk" ADD CONSTRAINT "ImportFileChunk_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ImportItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
