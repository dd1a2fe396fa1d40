-- CreateTable
CREATE TABLE "Outlet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "outletId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TEXT,
    "byline" TEXT,
    "rawText" TEXT NOT NULL,
    "sourceHtml" TEXT,
    "cleanText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "schemaVersion" TEXT NOT NULL,
    "analyzerVersion" TEXT NOT NULL,
    "analysisJson" TEXT NOT NULL,
    "idempotencyKey" TEXT
);

-- CreateTable
CREATE TABLE "ComparisonArticle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "articleKey" TEXT NOT NULL,
    CONSTRAINT "ComparisonArticle_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComparisonArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "comparisonArticleId" TEXT NOT NULL,
    "claimKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "speakerName" TEXT,
    "speakerRole" TEXT,
    "sentimentScore" REAL NOT NULL,
    CONSTRAINT "Claim_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_comparisonArticleId_fkey" FOREIGN KEY ("comparisonArticleId") REFERENCES "ComparisonArticle" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "alternative" TEXT,
    "voice" TEXT NOT NULL,
    "entry" TEXT NOT NULL,
    CONSTRAINT "Annotation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    CONSTRAINT "ClaimGroup_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "groupId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,

    PRIMARY KEY ("groupId", "claimId"),
    CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupMember_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Comparison_idempotencyKey_key" ON "Comparison"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ComparisonArticle_articleId_idx" ON "ComparisonArticle"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ComparisonArticle_comparisonId_position_key" ON "ComparisonArticle"("comparisonId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_comparisonId_claimKey_key" ON "Claim"("comparisonId", "claimKey");

-- CreateIndex
CREATE INDEX "Annotation_claimId_idx" ON "Annotation"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimGroup_comparisonId_groupKey_key" ON "ClaimGroup"("comparisonId", "groupKey");

-- CreateIndex
CREATE INDEX "GroupMember_claimId_idx" ON "GroupMember"("claimId");

