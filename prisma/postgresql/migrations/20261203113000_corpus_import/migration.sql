-- An upload's import and its progress, in the database so that every app instance can show it.

-- CreateTable
CREATE TABLE "CorpusImport" (
    "id" TEXT NOT NULL,
    "corpusName" TEXT NOT NULL,
    "corpusId" TEXT,
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL DEFAULT 'running',
    "errorsJson" TEXT NOT NULL DEFAULT '[]',
    "reportJson" TEXT,
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorpusImport_pkey" PRIMARY KEY ("id")
);
