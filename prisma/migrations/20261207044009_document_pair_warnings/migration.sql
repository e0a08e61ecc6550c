-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "pairWarnings" JSONB;
