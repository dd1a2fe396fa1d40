// Writes one analysed comparison's rows. Always called inside a transaction by its callers, so a failure
// anywhere leaves nothing half-saved.
import type { Analysis } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import type { PrismaClient } from '../db/client';
import type { StoredArticleInput } from './types';
import { contentHash } from './content-hash';

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** The outlet name the pipeline gives an article (lib/ingest): the given one, or `Source a1`, `Source a2` … */
const outletName = (input: StoredArticleInput, position: number) => (input.outlet ?? '').trim() || `Source a${position + 1}`;

/**
 * Stores the articles (once per distinct input) and returns their ids. Without an analysis yet (a queued
 * comparison) the clean text is left empty until the analysis writes it.
 */
export async function writeArticles(tx: Tx, inputs: StoredArticleInput[], analysis?: Analysis): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const analysed = analysis?.articles[i];
    const name = analysed?.outlet ?? outletName(input, i);
    const outlet = await tx.outlet.upsert({ where: { name }, create: { name }, update: {} });
    const hash = contentHash(input);
    const article = await tx.article.upsert({
      where: { contentHash: hash },
      create: {
        contentHash: hash,
        outletId: outlet.id,
        title: input.title ?? '',
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
        byline: input.byline ?? null,
        rawText: input.text,
        sourceHtml: input.html ?? null,
        cleanText: analysed?.text ?? '',
      },
      update: { ...(analysed ? { cleanText: analysed.text } : {}), ...(input.html ? { sourceHtml: input.html } : {}) },
    });
    ids.push(article.id);
  }
  return ids;
}

/** A queued comparison's articles in order (`a1` is position 0), before any analysis. */
export async function writeMembers(tx: Tx, comparisonId: string, articleIds: string[]) {
  await tx.comparisonArticle.createMany({
    data: articleIds.map((articleId, position) => ({ id: `${comparisonId}_a${position + 1}`, comparisonId, articleId, position, articleKey: `a${position + 1}` })),
  });
}

/** Replaces the claim, annotation and group rows of a comparison with those of `analysis`. */
export async function writeAnalysisRows(tx: Tx, comparisonId: string, articleIds: string[], analysis: Analysis) {
  await tx.claimGroup.deleteMany({ where: { comparisonId } });
  await tx.claim.deleteMany({ where: { comparisonId } });
  await tx.comparisonArticle.deleteMany({ where: { comparisonId } });

  const rowId = (key: string) => `${comparisonId}_${key}`;
  await tx.comparisonArticle.createMany({
    data: analysis.articles.map((article, position) => ({
      id: rowId(article.id),
      comparisonId,
      articleId: articleIds[position],
      position,
      articleKey: article.id,
    })),
  });
  const claims = analysis.articles.flatMap((article) => article.claims);
  await tx.claim.createMany({
    data: claims.map((claim, position) => ({
      id: rowId(claim.id),
      comparisonId,
      comparisonArticleId: rowId(claim.articleId),
      claimKey: claim.id,
      position,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.kind,
      speakerName: claim.speaker?.name ?? null,
      speakerRole: claim.speaker?.role ?? null,
      sentimentScore: claim.sentiment.score,
    })),
  });
  const annotations = claims.flatMap((claim) =>
    claim.annotations.map((a) => ({
      claimId: rowId(claim.id),
      kind: a.kind,
      start: a.start,
      end: a.end,
      text: a.text,
      note: a.note,
      alternative: a.alternative ?? null,
      voice: a.voice,
      entry: a.entry,
    })),
  );
  if (annotations.length) await tx.annotation.createMany({ data: annotations });
  await tx.claimGroup.createMany({
    data: analysis.groups.map((group, position) => ({
      id: rowId(group.id),
      comparisonId,
      groupKey: group.id,
      position,
      kind: group.kind,
      summary: group.summary,
    })),
  });
  const relationOf = new Map(analysis.groups.flatMap((g) => g.members.map((m) => [m.claim, m.relation] as const)));
  await tx.groupMember.createMany({
    data: analysis.groups.flatMap((group) =>
      group.claims.map((claim) => ({ groupId: rowId(group.id), claimId: rowId(claim), relation: relationOf.get(claim) ?? 'same' })),
    ),
  });
  await tx.comparison.update({
    where: { id: comparisonId },
    data: { analysisJson: JSON.stringify(analysis), schemaVersion: analysis.schemaVersion, analyzerVersion: ANALYZER_VERSION },
  });
}
