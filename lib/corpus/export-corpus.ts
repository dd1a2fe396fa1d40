// The corpus figures as files, the same figures the corpus page shows: JSON (the corpus, its stories
// without their summaries, the outlet profiles) and CSV (per outlet one row `all` for the whole
// filtered corpus, then one row per week).
import type { CorpusView } from './get-corpus';

export type CorpusExportFormat = 'json' | 'csv';

// As lib/export's CSV: every string quoted (a spreadsheet splitting on ";" would otherwise read
// `a;=cmd()` as a formula), and one starting with = + - @ tab or CR prefixed with '.
const cell = (v: string | number | null) => {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function corpusJson(view: CorpusView): object {
  return {
    corpus: { id: view.id, name: view.name, createdAt: view.createdAt.toISOString(), articles: view.articleCount, outlets: view.outlets },
    filter: view.filter,
    counts: view.counts,
    actors: view.actors,
    stories: view.stories.map(({ summary: _summary, ...story }) => story),
    profiles: view.profiles,
  };
}

export const CORPUS_CSV_COLUMNS = [
  'outlet',
  'week',
  'stories_covered',
  'stories_missed',
  'blind_spots',
  'analysed_stories',
  'claims',
  'narrator_words',
  'loaded_narrator',
  'loaded_narrator_per_100',
  'tone_mean',
  'named_quoted',
  'unnamed_quoted',
  'officials_quoted',
  'unattributed',
  'unique_claims',
  'quoted_sides',
] as const;

export function corpusCsv(view: CorpusView): string {
  const rows: (string | number | null)[][] = [];
  for (const p of view.profiles) {
    const q = p.quotes;
    rows.push([p.outlet, 'all', p.covered.length, p.missed.length, p.blindSpots.length, p.analysedStories, p.claims, p.narratorWords, p.loadedNarrator, p.loadedNarratorPer100, p.toneMean, q.named, q.unnamed, q.officials, q.unattributed, p.uniqueClaimCount, q.sides.map((x) => `${x.side}: ${x.claims}`).join('; ')]);
    for (const w of p.weeks) rows.push([p.outlet, w.week, w.stories, null, null, null, w.claims, w.narratorWords, w.loadedNarrator, w.loadedNarratorPer100, w.toneMean, w.named, w.unnamed, w.officials, w.unattributed, null, null]);
  }
  return [CORPUS_CSV_COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
