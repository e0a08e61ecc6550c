-- AlterTable
ALTER TABLE "ImportItem" ADD COLUMN     "errorCode" TEXT,
ADD COLUMN     "errorParams" JSONB,
ADD COLUMN     "titleCode" TEXT,
ADD COLUMN     "titleParams" JSONB;
