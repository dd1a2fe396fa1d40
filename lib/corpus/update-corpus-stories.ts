// Brings a corpus's stored stories up to date after an import: articles already in a story stay there
// and rebuild its centroid (groupStories' seeds); the new ones join a story through the term index or
// start one. Every story with two outlets or more whose articles changed (or that has no comparison yet)
// gets a comparison stored with status `queued`, so the analysis runs as a job (lib/jobs), not during the
// import; its previous comparison, now partial, is deleted. A one-outlet story is kept without one.
import { createComparison as defaultCreateComparison, deleteComparison, MAX_ARTICLES } from '../comparisons';
import { getPrisma } from '../db/client';
import { groupStories, type Story } from '../stories';

export interface StoryUpdate {
  created: number;
  grown: number;
  comparisons: number;
}

export interface StoryWhy {
  terms: string[];
  joins: Story['joins'];
}

interface UpdateOptions {
  corpusId: string;
  analyse: boolean;
  createComparison?: typeof defaultCreateComparison;
  onError?: (where: string, why: string) => void;
}

type Member = { id: string; inputId: string; outlet: string; title: string; text: string; rawText: string; url: string | null; publishedAt: string | null; byline: string | null; html: string | null };

/** Up to MAX_ARTICLES articles, one per outlet first (earliest first), so the comparison spans the outlets. */
export function pickComparisonArticles<T extends { outlet: string }>(members: T[], max = MAX_ARTICLES): T[] {
  const seen = new Set<string>();
  const first = members.filter((m) => !seen.has(m.outlet) && seen.add(m.outlet));
  const rest = members.filter((m) => !first.includes(m));
  return [...first, ...rest].slice(0, max);
}

const isoDate = (date: string | null) => {
  const ms = date ? Date.parse(date) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
};

export async function updateCorpusStories(options: UpdateOptions): Promise<StoryUpdate> {
  const prisma = getPrisma();
  const create = options.createComparison ?? defaultCreateComparison;
  const rows = await prisma.corpusArticle.findMany({
    where: { corpusId: options.corpusId },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      inputId: true,
      article: { select: { title: true, cleanText: true, rawText: true, url: true, publishedAt: true, byline: true, sourceHtml: true, outlet: { select: { name: true } } } },
    },
  });
  const members = new Map<string, Member>(
    rows.map((r) => [
      r.id,
      { id: r.id, inputId: r.inputId, outlet: r.article.outlet.name, title: r.article.title, text: r.article.cleanText, rawText: r.article.rawText, url: r.article.url, publishedAt: r.article.publishedAt, byline: r.article.byline, html: r.article.sourceHtml },
    ]),
  );
  const stored = await prisma.story.findMany({
    where: { corpusId: options.corpusId },
    select: { id: true, storyKey: true, whyJson: true, comparisonId: true, articles: { orderBy: { position: 'asc' }, select: { corpusArticleId: true } } },
  });
  const seeds = stored.map((s) => ({ id: s.storyKey, articles: s.articles.map((a) => a.corpusArticleId) }));
  const stories = groupStories(
    [...members.values()].map((m) => ({ id: m.id, outlet: m.outlet, title: m.title, text: m.text, publishedAt: m.publishedAt ?? undefined })),
    { seeds },
  );
  const byKey = new Map(stored.map((s) => [s.storyKey, s]));
  const update: StoryUpdate = { created: 0, grown: 0, comparisons: 0 };
  for (const story of stories) {
    const before = byKey.get(story.id);
    const known = before?.articles.length ?? 0;
    const changed = !before || story.articles.length !== known;
    const outletsNow = new Set(story.articles.map((id) => members.get(id)!.outlet));
    const wantsComparison = options.analyse && outletsNow.size >= 2;
    if (!changed && (!wantsComparison || before.comparisonId)) continue;
    const articles = story.articles.map((id) => members.get(id)!);
    // ISO dates, whatever form the import gave them in, so that date filters compare like with like
    const dates = articles.map((a) => isoDate(a.publishedAt)).filter((d): d is string => !!d).sort();
    const outlets = new Set(articles.map((a) => a.outlet));
    const why: StoryWhy = { terms: story.terms, joins: [...(before ? (JSON.parse(before.whyJson) as StoryWhy).joins : []), ...story.joins] };
    const data = { label: (articles.find((a) => a.title.trim())?.title.trim() || story.terms.join(' ')).slice(0, 300), whyJson: JSON.stringify(why), firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null, outletCount: outlets.size };
    const row = before
      ? await prisma.story.update({ where: { id: before.id }, data, select: { id: true } })
      : await prisma.story.create({ data: { ...data, corpusId: options.corpusId, storyKey: story.id }, select: { id: true } });
    if (changed) {
      await prisma.storyArticle.createMany({ data: story.articles.slice(known).map((corpusArticleId, i) => ({ storyId: row.id, corpusArticleId, position: known + i })) });
      if (before) update.grown++;
      else update.created++;
    }
    if (!wantsComparison) continue;
    try {
      const picked = pickComparisonArticles(articles);
      const { id } = await create({
        analyse: 'queued',
        title: data.label,
        articles: picked.map((a) => ({
          outlet: a.outlet,
          title: a.title || undefined,
          text: a.rawText,
          url: a.url ?? undefined,
          publishedAt: a.publishedAt ?? undefined,
          byline: a.byline ?? undefined,
          html: a.html ?? undefined,
        })),
      });
      await prisma.story.update({ where: { id: row.id }, data: { comparisonId: id } });
      if (before?.comparisonId && before.comparisonId !== id) await deleteComparison({ id: before.comparisonId });
      update.comparisons++;
    } catch (error) {
      options.onError?.(`story "${data.label.slice(0, 80)}"`, `its comparison could not be made: ${(error as Error).message}`);
    }
  }
  return update;
}
