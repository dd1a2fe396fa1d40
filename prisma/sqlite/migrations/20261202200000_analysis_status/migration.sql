-- Analysis runs as a job (lib/jobs): each comparison says where its analysis is. Comparisons stored
-- before this migration were analysed when saved: they are done.
ALTER TABLE "Comparison" ADD COLUMN "analysisStatus" TEXT NOT NULL DEFAULT 'done';
ALTER TABLE "Comparison" ADD COLUMN "analysisError" TEXT;
ALTER TABLE "Comparison" ADD COLUMN "analysisAttempts" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Comparison_analysisStatus_idx" ON "Comparison"("analysisStatus");
