-- Corpus mode (issue 16): imported corpora, their articles, the stories found in them and the comparison of each.

-- CreateTable
CREATE TABLE "Corpus" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Corpus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorpusArticle" (
    "id" TEXT NOT NULL,
    "corpusId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "inputId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorpusArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL,
    "corpusId" TEXT NOT NULL,
    "storyKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "whyJson" TEXT NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    "outletCount" INTEGER NOT NULL,
    "comparisonId" TEXT,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryArticle" (
    "storyId" TEXT NOT NULL,
    "corpusArticleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "StoryArticle_pkey" PRIMARY KEY ("storyId","corpusArticleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Corpus_name_key" ON "Corpus"("name");

-- CreateIndex
CREATE INDEX "CorpusArticle_corpusId_idx" ON "CorpusArticle"("corpusId");

-- CreateIndex
CREATE INDEX "CorpusArticle_articleId_idx" ON "CorpusArticle"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "CorpusArticle_corpusId_articleId_key" ON "CorpusArticle"("corpusId", "articleId");

-- CreateIndex
CREATE INDEX "Story_comparisonId_idx" ON "Story"("comparisonId");

-- CreateIndex
CREATE UNIQUE INDEX "Story_corpusId_storyKey_key" ON "Story"("corpusId", "storyKey");

-- CreateIndex
CREATE UNIQUE INDEX "StoryArticle_corpusArticleId_key" ON "StoryArticle"("corpusArticleId");

-- AddForeignKey
ALTER TABLE "CorpusArticle" ADD CONSTRAINT "CorpusArticle_corpusId_fkey" FOREIGN KEY ("corpusId") REFERENCES "Corpus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorpusArticle" ADD CONSTRAINT "CorpusArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_corpusId_fkey" FOREIGN KEY ("corpusId") REFERENCES "Corpus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryArticle" ADD CONSTRAINT "StoryArticle_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryArticle" ADD CONSTRAINT "StoryArticle_corpusArticleId_fkey" FOREIGN KEY ("corpusArticleId") REFERENCES "CorpusArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
