-- AlterTable
ALTER TABLE "ImportItem" ADD COLUMN     "jobId" UUID,
ADD COLUMN     "requeues" INTEGER NOT NULL DEFAULT 0;
