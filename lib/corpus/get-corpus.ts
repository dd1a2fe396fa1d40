// Reads a stored corpus: its stories (articles, outlets, why, the comparison and its analysis status)
// and the outlet profiles over them. Filters: `from`/`to` (YYYY-MM-DD) and `actor` choose the stories
// the figures are computed over; `outlet` narrows the story list and the profiles to that outlet, its
// coverage still measured against every story kept. The figures are read off each story's stored
// summary (summarise-story.ts), all in one query: a story's analysis is read (through lib/comparisons)
// only when its summary is missing or was made from an earlier analysis, and the new summary is written
// back, so a corpus's analyses are parsed once, not on every read.
import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { getComparisonById, type AnalysisStatus } from '../comparisons';
import { getPrisma } from '../db/client';
import { profileOutlets, topActors, type CorpusStory, type OutletProfile } from './profile-outlets';
import { summariseStory, summarySourceKey, type StorySummary } from './summarise-story';
import type { StoryWhy } from './update-corpus-stories';

export interface CorpusFilter {
  from?: string;
  to?: string;
  outlet?: string;
  actor?: string;
}

export interface CorpusStoryView extends CorpusStory {
  id: string;
  lastDate: string | null;
  comparisonId: string | null;
  /** The comparison's analysis status; null for a story told by one outlet (it has no comparison). */
  status: AnalysisStatus | null;
  why: StoryWhy;
  articles: { inputId: string; outlet: string; title: string; publishedAt: string | null; url: string | null }[];
}

export interface CorpusView {
  id: string;
  name: string;
  createdAt: Date;
  articleCount: number;
  /** Every outlet of the corpus, whatever the filter. */
  outlets: string[];
  /** The corpus's top actors over the stories kept (the actor filter's suggestions). */
  actors: string[];
  filter: CorpusFilter;
  /** Stories kept by the filter, and of them how many are analysed, pending (queued or running) or told by one outlet. */
  counts: { stories: number; analysed: number; pending: number; failed: number; oneOutlet: number };
  stories: CorpusStoryView[];
  profiles: OutletProfile[];
}

/** Whether a story names the actor: in its titles, or a speaker, toned actor or labelled actor of its analysis. */
function mentions(story: CorpusStoryView, actor: string): boolean {
  const needle = actor.toLowerCase();
  const has = (s: string | null | undefined) => !!s && s.toLowerCase().includes(needle);
  return has(story.label) || story.articles.some((a) => has(a.title)) || !!story.summary?.actors.some(has);
}

const dayOf = (date: string | null) => (date ? date.slice(0, 10) : null);

/** The stories the figures are computed over: within the dates and naming the actor. */
export function filterStories(stories: CorpusStoryView[], filter: CorpusFilter): CorpusStoryView[] {
  return stories.filter((s) => {
    const first = dayOf(s.firstDate);
    const last = dayOf(s.lastDate) ?? first;
    if (filter.from && (!last || last < filter.from)) return false;
    if (filter.to && (!first || first > filter.to)) return false;
    return !filter.actor || mentions(s, filter.actor);
  });
}

export async function getCorpus({ id, filter = {} }: { id: string; filter?: CorpusFilter }): Promise<CorpusView | null> {
  const prisma = getPrisma();
  const corpus = await prisma.corpus.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { articles: true } },
      stories: {
        orderBy: [{ firstDate: 'asc' }, { storyKey: 'asc' }],
        select: {
          id: true,
          storyKey: true,
          label: true,
          whyJson: true,
          firstDate: true,
          lastDate: true,
          comparisonId: true,
          summaryJson: true,
          summaryOf: true,
          comparison: { select: { id: true, updatedAt: true, analyzerVersion: true, schemaVersion: true, analysisStatus: true } },
          articles: {
            orderBy: { position: 'asc' },
            select: { corpusArticle: { select: { inputId: true, article: { select: { title: true, publishedAt: true, url: true, outlet: { select: { name: true } } } } } } },
          },
        },
      },
    },
  });
  if (!corpus) return null;
  const stories: CorpusStoryView[] = [];
  const written: SummaryWrite[] = [];
  for (const s of corpus.stories) {
    const articles = s.articles.map(({ corpusArticle: { inputId, article } }) => ({ inputId, outlet: article.outlet.name, title: article.title, publishedAt: article.publishedAt, url: article.url }));
    const { status, summary } = await readSummary(s, written);
    stories.push({
      id: s.id,
      key: s.storyKey,
      label: s.label,
      firstDate: s.firstDate,
      lastDate: s.lastDate,
      comparisonId: status ? s.comparisonId : null,
      status,
      why: JSON.parse(s.whyJson) as StoryWhy,
      outlets: [...new Set(articles.map((a) => a.outlet))].sort(),
      articles,
      summary,
    });
  }
  // updateMany: a story deleted meanwhile (its corpus re-imported) is no error.
  if (written.length) await prisma.$transaction(written.map(({ id, ...data }) => prisma.story.updateMany({ where: { id }, data })));
  const outlets = [...new Set(stories.flatMap((s) => s.outlets))].sort();
  const kept = filterStories(stories, filter);
  const listed = filter.outlet ? kept.filter((s) => s.outlets.includes(filter.outlet!)) : kept;
  const profiles = profileOutlets(kept, filter.outlet ? outlets.filter((o) => o === filter.outlet) : outlets);
  const counts = {
    stories: listed.length,
    analysed: listed.filter((s) => s.status === 'done').length,
    pending: listed.filter((s) => s.status === 'queued' || s.status === 'running').length,
    failed: listed.filter((s) => s.status === 'failed').length,
    oneOutlet: listed.filter((s) => s.outlets.length < 2).length,
  };
  return { id: corpus.id, name: corpus.name, createdAt: corpus.createdAt, articleCount: corpus._count.articles, outlets, actors: topActors(kept), filter, counts, stories: listed, profiles };
}

type SummaryWrite = { id: string; summaryJson: string; summaryOf: string };

interface StoredStory {
  id: string;
  comparisonId: string | null;
  summaryJson: string | null;
  summaryOf: string | null;
  comparison: { id: string; updatedAt: Date; analyzerVersion: string; schemaVersion: string; analysisStatus: string } | null;
}

/**
 * A story's analysis status and summary: the stored summary when it was made from the comparison as it
 * is now, else (once) the analysis read through getComparisonById, which also queues one made by another
 * analyser version, summarised and pushed to `written`. A pending comparison has no summary.
 */
async function readSummary(story: StoredStory, written: SummaryWrite[]): Promise<{ status: AnalysisStatus | null; summary: StorySummary | null }> {
  const comparison = story.comparison;
  if (!story.comparisonId || !comparison) return { status: null, summary: null };
  if (comparison.analysisStatus !== 'done') return { status: comparison.analysisStatus as AnalysisStatus, summary: null };
  const current = comparison.analyzerVersion === ANALYZER_VERSION && comparison.schemaVersion === SCHEMA_VERSION;
  const key = summarySourceKey(comparison);
  if (current && story.summaryJson && story.summaryOf === key) return { status: 'done', summary: JSON.parse(story.summaryJson) as StorySummary };
  const read = await getComparisonById({ id: story.comparisonId });
  if (!read) return { status: null, summary: null };
  if (!read.analysis) return { status: read.status, summary: null };
  const summary = summariseStory(read.analysis);
  // Keyed by the comparison as this read found it: were it re-analysed in between, the next read sees a newer key and summarises again.
  if (current) written.push({ id: story.id, summaryJson: JSON.stringify(summary), summaryOf: key });
  return { status: read.status, summary };
}
