-- AlterTable
ALTER TABLE "ReviewDecision" ADD COLUMN     "operationId" TEXT;

-- CreateIndex
CREATE INDEX "ReviewDecision_operationId_idx" ON "ReviewDecision"("operationId");

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_operationId_fkey" FOREIGN KEY ("operationId") REFERENCES "Operation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
