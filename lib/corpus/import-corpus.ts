// Imports records into a corpus: each through the same ingest as a comparison (HTML pages extracted in
// the worker pool, text through lib/ingest), stored once by content hash (re-importing an article is a
// no-op), then the corpus's stories are brought up to date (update-corpus-stories.ts). A bad record is
// reported through onError and the import goes on.
import type { ArticleInput } from '../contract/types';
import { contentHash } from '../comparisons/content-hash';
import { getPrisma } from '../db/client';
import { ingest } from '../ingest';
import type { HtmlArticle, HtmlToArticleOptions } from '../ingest/html';
import { runHtmlExtraction } from '../workers/analysis-pool';
import type { ReadResult } from './record';
import { updateCorpusStories, type StoryUpdate } from './update-corpus-stories';

export interface ImportOptions {
  corpus: string;
  records: ReadResult[];
  onError?: (where: string, why: string) => void;
  onProgress?: (done: number, total: number) => void;
  /** Called once the corpus row exists, before any record is read. */
  onCorpus?: (corpusId: string) => void;
  /** Create (and analyse) the comparison of every story with two outlets or more. Default true. */
  analyse?: boolean;
  /** Default: the shared worker pool's runHtmlExtraction. */
  extractHtml?: (html: string, options: HtmlToArticleOptions) => Promise<HtmlArticle>;
  /** Default: lib/comparisons createComparison (analysis in the worker pool). */
  createComparison?: Parameters<typeof updateCorpusStories>[0]['createComparison'];
}

export interface ImportReport {
  corpusId: string;
  read: number;
  imported: number;
  duplicates: number;
  failed: number;
  stories: StoryUpdate;
}

const MAX_TEXT = 200_000;

export async function importCorpus(options: ImportOptions): Promise<ImportReport> {
  const prisma = getPrisma();
  const extract = options.extractHtml ?? runHtmlExtraction;
  const name = options.corpus.trim();
  if (!name) throw new Error('A corpus needs a name.');
  const corpus = await prisma.corpus.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  options.onCorpus?.(corpus.id);
  const report: ImportReport = { corpusId: corpus.id, read: options.records.length, imported: 0, duplicates: 0, failed: 0, stories: { created: 0, grown: 0, comparisons: 0 } };
  const fail = (where: string, why: string) => {
    report.failed++;
    options.onError?.(where, why);
  };
  const outletIds = new Map<string, number>();
  for (const [n, result] of options.records.entries()) {
    options.onProgress?.(n, options.records.length);
    if ('error' in result) {
      fail(result.where, result.error);
      continue;
    }
    const { record, where } = result;
    try {
      let input: ArticleInput & { html?: string };
      if (record.html !== undefined) {
        const page = await extract(record.html, { url: record.url });
        input = { ...page, outlet: record.outlet ?? page.outlet, title: record.title ?? page.title, publishedAt: record.publishedAt ?? page.publishedAt, url: record.url ?? page.url };
      } else input = { outlet: record.outlet, title: record.title, text: record.text!, url: record.url, publishedAt: record.publishedAt };
      if (!input.outlet?.trim()) {
        fail(where, 'give the outlet: the page names none');
        continue;
      }
      if (!input.text.trim()) {
        fail(where, 'no article text found');
        continue;
      }
      if (input.text.length > MAX_TEXT) {
        fail(where, `the text is ${input.text.length} characters, over the ${MAX_TEXT} a comparison takes`);
        continue;
      }
      const hash = contentHash(input);
      let article = await prisma.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (!article) {
        const outletName = input.outlet.trim();
        let outletId = outletIds.get(outletName);
        if (outletId === undefined) {
          outletId = (await prisma.outlet.upsert({ where: { name: outletName }, create: { name: outletName }, update: {} })).id;
          outletIds.set(outletName, outletId);
        }
        const ingested = ingest(input, 'a1');
        article = await prisma.article.create({
          data: {
            contentHash: hash,
            outletId,
            title: input.title ?? '',
            url: input.url ?? null,
            publishedAt: input.publishedAt ?? null,
            byline: input.byline ?? null,
            rawText: input.text,
            sourceHtml: record.html ?? null,
            cleanText: ingested.text,
          },
          select: { id: true },
        });
      }
      const member = await prisma.corpusArticle.findUnique({ where: { corpusId_articleId: { corpusId: corpus.id, articleId: article.id } }, select: { id: true } });
      if (member) {
        report.duplicates++;
        continue;
      }
      await prisma.corpusArticle.create({ data: { corpusId: corpus.id, articleId: article.id, inputId: record.id, source: where } });
      report.imported++;
    } catch (error) {
      fail(where, (error as Error).message);
    }
  }
  options.onProgress?.(options.records.length, options.records.length);
  report.stories = await updateCorpusStories({ corpusId: corpus.id, analyse: options.analyse ?? true, createComparison: options.createComparison, onError: fail });
  return report;
}
