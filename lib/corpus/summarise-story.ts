// A story's analysis reduced to what the corpus figures read (profileOutlets, topActors, the actor
// filter): per article its outlet, date, quote ledger, tone toward actors and the per-article profile
// figures; the claims only one article reports; the actors the story names. A few KB where the analysis
// is tens to hundreds, stored on the Story row so that reading a corpus parses no analysis.
// Pure: the same analysis gives the same summary. Sums keep their order of addition (each actor's
// scores in claim order, each source's tone on its own), so figures read off summaries are the very
// numbers profileOutlets would compute off the analyses, to the last bit.
import { createHash } from 'node:crypto';
import lexicon from '../../lexicons/corpus-official-roles.json';
import type { Analysis } from '../contract/types';
import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { isOfficialSpeaker } from './official-speaker';
import { speakerSide } from './speaker-side';

export interface QuoteCounts {
  named: number;
  unnamed: number;
  officials: number;
  unattributed: number;
}

export interface SummarisedArticle {
  id: string;
  outlet: string;
  publishedAt: string | null;
  /** Its claims counted as named, unnamed, officials, unattributed (each claim once, officials besides). */
  quotes: QuoteCounts;
  /** Every actor tone of its claims, [actor, score], in claim order. */
  tone: [string, number][];
  /** Its attributed claims by the side their speaker speaks for (lib/corpus/speaker-side), [side, claims]; sides in first-seen order. */
  sides: [string, number][];
}

/** lib/profiles' per-article figures (Analysis.sources), the ones the corpus sums. */
export interface SummarisedSource {
  article: string;
  outlet: string;
  claims: number;
  narratorWords: number;
  loadedNarrator: number;
  toneMean: number;
  labels: { actor: string; label: string; count: number }[];
  frames: { id: string; claims: number }[];
  quoted: { name: string; claims: number }[];
}

export interface StorySummary {
  articles: SummarisedArticle[];
  sources: SummarisedSource[];
  /** The claims of the unique groups of a single article, in group order, with that article's outlet. */
  unique: { outlet: string; text: string }[];
  /** Speakers, toned and labelled actors the story names (the actor filter's haystack), each once. */
  actors: string[];
}

/**
 * What a stored summary was made from, to tell a stale one: the summary's own format, the official-roles
 * word list its ledger used, and the comparison, its analyser, schema and last write. A re-analysis moves
 * the comparison's updatedAt, so the summary it left behind no longer matches.
 */
const SUMMARY_FORMAT = `2.${createHash('sha256').update(JSON.stringify(lexicon.words)).digest('base64url').slice(0, 8)}`;
export function summarySourceKey(comparison: { id: string; updatedAt: Date }): string {
  // Spaces, not NULs: PostgreSQL text cannot hold a NUL.
  return `summary ${SUMMARY_FORMAT} analyzer ${ANALYZER_VERSION} schema ${SCHEMA_VERSION} of ${comparison.id} at ${comparison.updatedAt.toISOString()}`;
}

export function summariseStory(analysis: Analysis): StorySummary {
  const actors = new Set<string>();
  const articles = analysis.articles.map((a): SummarisedArticle => {
    const quotes: QuoteCounts = { named: 0, unnamed: 0, officials: 0, unattributed: 0 };
    const tone: [string, number][] = [];
    const sides = new Map<string, number>();
    for (const c of a.claims) {
      if (!c.speaker) quotes.unattributed++;
      else {
        quotes[c.speaker.vague || !c.speaker.name ? 'unnamed' : 'named']++;
        if (isOfficialSpeaker(c.speaker)) quotes.officials++;
        if (c.speaker.name) actors.add(c.speaker.name);
        const side = speakerSide(c.speaker, c.entities)?.side;
        if (side) sides.set(side, (sides.get(side) ?? 0) + 1);
      }
      for (const t of c.sentiment.actorTone) {
        tone.push([t.actor, t.score]);
        actors.add(t.actor);
      }
    }
    return { id: a.id, outlet: a.outlet, publishedAt: a.publishedAt, quotes, tone, sides: [...sides] };
  });
  const sources = analysis.sources.map((s): SummarisedSource => {
    for (const l of s.labels) actors.add(l.actor);
    return {
      article: s.article,
      outlet: s.outlet,
      claims: s.claims,
      narratorWords: s.words.narrator,
      loadedNarrator: s.annotationCounts.loaded?.narrator ?? 0,
      toneMean: s.tone.mean,
      labels: s.labels.map(({ actor, label, count }) => ({ actor, label, count })),
      frames: s.frames.map(({ id, claims }) => ({ id, claims })),
      quoted: s.quoted.map(({ name, claims }) => ({ name, claims })),
    };
  });
  const outletOf = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  // A unique group's claims count for its article's outlet when they are claims of that outlet's articles.
  const claimOf = new Map(analysis.articles.flatMap((a) => a.claims.map((c) => [c.id, { outlet: a.outlet, text: c.text }] as const)));
  const unique: StorySummary['unique'] = [];
  for (const g of analysis.groups) {
    if (g.kind !== 'unique' || g.articles.length !== 1) continue;
    const outlet = outletOf.get(g.articles[0]);
    if (outlet === undefined) continue;
    for (const id of g.claims) {
      const claim = claimOf.get(id);
      if (claim && claim.outlet === outlet) unique.push({ outlet, text: claim.text });
    }
  }
  return { articles, sources, unique, actors: [...actors].sort() };
}
