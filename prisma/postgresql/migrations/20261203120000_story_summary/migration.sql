-- Corpus reads: each story keeps its comparison's analysis reduced to what the corpus figures read, and what it was made from.
-- AlterTable
ALTER TABLE "Story" ADD COLUMN "summaryJson" TEXT;
ALTER TABLE "Story" ADD COLUMN "summaryOf" TEXT;
