// Profiles stage: one summary per source: its own voice against the voices it quotes, the labels it uses,
// whom it quotes, its frames and tone, and what only it reports.
import type { AnalyzedArticle, AnnotationKind, ClaimGroup, SourceProfile } from '../contract/types';
import { labelUse } from './label-use';
import { wordsByVoice } from './voice-words';

const per100 = (count: number, words: number) => (words > 0 ? Number(((100 * count) / words).toFixed(2)) : 0);

function annotationCounts(article: AnalyzedArticle): SourceProfile['annotationCounts'] {
  const counts: SourceProfile['annotationCounts'] = {};
  for (const claim of article.claims) {
    for (const a of claim.annotations) {
      const row = (counts[a.kind as AnnotationKind] ??= { narrator: 0, quoted: 0 });
      row[a.voice]++;
    }
  }
  return counts;
}

function quotedSpeakers(article: AnalyzedArticle): { name: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const c of article.claims) if (c.speaker?.name) counts.set(c.speaker.name, (counts.get(c.speaker.name) ?? 0) + 1);
  return [...counts].map(([name, claims]) => ({ name, claims })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

function frameCounts(article: AnalyzedArticle): { id: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const c of article.claims) for (const f of c.frames) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  return [...counts].map(([id, claims]) => ({ id, claims })).sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id));
}

function toneOf(article: AnalyzedArticle): SourceProfile['tone'] {
  const tone = { negative: 0, neutral: 0, positive: 0, mean: 0 };
  for (const c of article.claims) tone[c.sentiment.label]++;
  const n = article.claims.length;
  tone.mean = n ? Number((article.claims.reduce((s, c) => s + c.sentiment.score, 0) / n).toFixed(3)) : 0;
  return tone;
}

function uniqueClaims(article: AnalyzedArticle, groups: ClaimGroup[]): number {
  const own = new Set(article.claims.map((c) => c.id));
  return groups
    .filter((g) => g.articles.length === 1 && g.articles[0] === article.id)
    .reduce((n, g) => n + g.claims.filter((id) => own.has(id)).length, 0);
}

export function profileSources(articles: AnalyzedArticle[], groups: ClaimGroup[]): SourceProfile[] {
  return articles.map((article) => {
    const words = wordsByVoice(article);
    const counts = annotationCounts(article);
    const narrator = (kind: AnnotationKind) => counts[kind]?.narrator ?? 0;
    return {
      article: article.id,
      outlet: article.outlet,
      claims: article.claims.length,
      words,
      loadedDensity: {
        narrator: per100(narrator('loaded'), words.narrator),
        quoted: per100(counts.loaded?.quoted ?? 0, words.quoted),
      },
      annotationCounts: counts,
      // Hedges and boosters of the outlet's own voice, per 100 narrator words.
      hedgeRate: per100(narrator('hedge'), words.narrator),
      boosterRate: per100(narrator('booster'), words.narrator),
      attribution: {
        named: article.claims.filter((c) => c.speaker && !c.speaker.vague).length,
        vague: article.claims.filter((c) => c.speaker?.vague).length,
        unattributed: article.claims.filter((c) => !c.speaker).length,
      },
      quoted: quotedSpeakers(article),
      labels: labelUse(article),
      frames: frameCounts(article),
      tone: toneOf(article),
      uniqueClaims: uniqueClaims(article, groups),
    };
  });
}
