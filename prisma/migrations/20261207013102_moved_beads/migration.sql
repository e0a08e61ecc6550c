-- AlterTable
ALTER TABLE "Bead" ADD COLUMN     "moved" BOOLEAN NOT NULL DEFAULT false;
