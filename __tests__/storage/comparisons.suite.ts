// The storage tests, run on each database: comparisons.test.ts (SQLite) and comparisons.postgres.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseComparison, createComparison, deleteComparison, getComparisonById, listComparisons } from '../../lib/comparisons';
import { readSeedArticles, SEED_COMPARISON_ID } from '../../lib/comparisons/seed-articles';
import { writeAnalysisRows, writeArticles } from '../../lib/comparisons/write-analysis';
import { getPrisma } from '../../lib/db/client';
import { analyze } from '../../lib/pipeline';
import { AppError } from '../../lib/errors';

const seeds = readSeedArticles(path.join(__dirname, '..', '..', 'seeds'), readFileSync);

const twoArticles = [
  { outlet: 'Daily One', title: 'Talks move', text: 'Iran and the United States will hold talks in Rome on Friday. Oman will mediate.' },
  { outlet: 'Daily Two', title: 'Venue changes', text: 'The talks between Tehran and Washington will take place in Rome this Friday.' },
];

export function comparisonStorageSuite(): void {
  describe('storing comparisons', () => {
    it('creates a comparison and reads back the same analysis the pipeline makes', async () => {
      const { id, created } = await createComparison({ articles: twoArticles });
      expect(created).toBe(true);
      const stored = await getComparisonById({ id });
      expect(stored).not.toBeNull();
      expect(stored!.analysis).toEqual(analyze(twoArticles));
      expect(stored!.title).toBe('Talks move');

      const prisma = getPrisma();
      const claimRows = await prisma.claim.count({ where: { comparisonId: id } });
      expect(claimRows).toBe(stored!.analysis!.articles.reduce((n, a) => n + a.claims.length, 0));
      const memberRows = await prisma.groupMember.count({ where: { group: { comparisonId: id } } });
      expect(memberRows).toBe(claimRows);
    });

    it('stores an article once by content hash and shares it between comparisons', async () => {
      const prisma = getPrisma();
      const before = await prisma.article.count();
      await createComparison({ articles: [twoArticles[0], { outlet: 'Daily Three', text: 'Rome hosts the talks.' }] });
      expect(await prisma.article.count()).toBe(before + 1);
    });

    it('returns the existing comparison for a repeated idempotency key', async () => {
      const first = await createComparison({ articles: twoArticles, idempotencyKey: 'retry-1' });
      const second = await createComparison({ articles: twoArticles, idempotencyKey: 'retry-1' });
      expect(second).toEqual({ id: first.id, created: false, status: 'done' });
    });

    it('loads the seed comparison idempotently under its fixed id', async () => {
      const first = await createComparison({ id: SEED_COMPARISON_ID, ...seeds });
      const again = await createComparison({ id: SEED_COMPARISON_ID, ...seeds });
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: SEED_COMPARISON_ID, created: false, status: 'done' });
      const stored = await getComparisonById({ id: SEED_COMPARISON_ID });
      expect(stored!.analysis!.articles.map((a) => a.outlet)).toEqual(seeds.articles.map((a) => a.outlet));
      expect(await getPrisma().comparison.count({ where: { id: SEED_COMPARISON_ID } })).toBe(1);
    });

    it('rejects an empty article with a message naming it, and stores nothing', async () => {
      const prisma = getPrisma();
      const before = await prisma.comparison.count();
      const attempt = createComparison({ articles: [twoArticles[0], { outlet: 'Blank', text: '   \n ' }] });
      await expect(attempt).rejects.toThrow(AppError);
      await expect(attempt).rejects.toThrow(/article 2: the article text is empty/);
      expect(await prisma.comparison.count()).toBe(before);
    });

    it('leaves no half-saved comparison when a write fails mid-way', async () => {
      const prisma = getPrisma();
      const counts = async () => [await prisma.comparison.count(), await prisma.claim.count(), await prisma.article.count()];
      const before = await counts();
      const analysis = analyze([{ outlet: 'Half', text: 'A brand new article that is only written half-way.' }]);
      await expect(
        prisma.$transaction(async (tx) => {
          const c = await tx.comparison.create({ data: { title: 'half', schemaVersion: '', analyzerVersion: '', analysisJson: '' } });
          const ids = await writeArticles(tx, [{ outlet: 'Half', text: 'A brand new article that is only written half-way.' }], analysis);
          await writeAnalysisRows(tx, c.id, ids, analysis);
          throw new Error('crash after the writes');
        }),
      ).rejects.toThrow('crash after the writes');
      expect(await counts()).toEqual(before);
    });

    it('queues a comparison stored by another analyser version instead of showing it stale; the job re-analyses it', async () => {
      const { id } = await createComparison({ articles: twoArticles, title: 'Versioned' });
      const prisma = getPrisma();
      await prisma.comparison.update({ where: { id }, data: { analyzerVersion: 'old', analysisJson: '{"stale":true}' } });
      const read = await getComparisonById({ id });
      expect(read).toMatchObject({ id, status: 'queued', analysis: null });
      expect(await analyseComparison({ id })).toBe('analysed');
      expect(await analyseComparison({ id })).toBe('already-done');
      const stored = await getComparisonById({ id });
      expect(stored!.analysis).toEqual(analyze(twoArticles));
      const row = await prisma.comparison.findUnique({ where: { id } });
      expect(row!.analyzerVersion).not.toBe('old');
    });

    it('lists comparisons newest first, paginated, and deletes one with its rows', async () => {
      const page = await listComparisons({ page: 1, pageSize: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThanOrEqual(4);
      expect(page.items[0].outlets.length).toBeGreaterThan(0);

      const { id } = await createComparison({ articles: [{ outlet: 'Gone', text: 'This comparison will be deleted soon.' }] });
      expect(await deleteComparison({ id })).toBe(true);
      expect(await getComparisonById({ id })).toBeNull();
      expect(await getPrisma().claim.count({ where: { comparisonId: id } })).toBe(0);
      expect(await deleteComparison({ id })).toBe(false);
    });
  });
}
