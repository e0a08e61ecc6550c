-- AlterTable
ALTER TABLE "ImportItem" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "englishFile" BYTEA,
ADD COLUMN     "koreanFile" BYTEA;

-- CreateIndex
CREATE INDEX "ImportItem_status_updatedAt_idx" ON "ImportItem"("status", "updatedAt");
