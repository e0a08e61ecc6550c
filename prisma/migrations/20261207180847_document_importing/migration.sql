-- AlterEnum
ALTER TYPE "DocumentStatus" ADD VALUE 'importing';
