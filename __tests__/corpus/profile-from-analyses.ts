// The oracle for the summary path: profileOutlets, topActors and the actor filter exactly as they were
// computed straight off the full stored analyses before summaries (lib/corpus at dde807b), kept
// verbatim, so that the figures read off stored summaries can be checked to be the very same numbers;
// since then only the ledger's sides (lib/corpus/speaker-side), computed here straight off the claims.
import type { Analysis } from '@/lib/contract/types';
import { isOfficialSpeaker } from '@/lib/corpus/official-speaker';
import { speakerSide } from '@/lib/corpus/speaker-side';

export interface CorpusStory {
  key: string;
  label: string;
  firstDate: string | null;
  outlets: string[];
  /** The stored analysis of the story's comparison; null for a one-outlet story or one not analysed yet. */
  analysis: Analysis | null;
}

export interface QuoteLedger {
  /** Claims whose speaker is named (a person or a body). */
  named: number;
  /** Claims whose speaker is unnamed or generalised ("officials", "a source close to the talks"). */
  unnamed: number;
  /** Claims, named or not, whose speaker holds public office (lexicons/corpus-official-roles.json). */
  officials: number;
  /** Claims in the outlet's own voice with no speaker. */
  unattributed: number;
}

export interface WeekFigures extends QuoteLedger {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  stories: number;
  claims: number;
  narratorWords: number;
  loadedNarrator: number;
  loadedNarratorPer100: number;
  toneMean: number;
}

export interface OutletProfile {
  outlet: string;
  /** Story keys. */
  covered: string[];
  missed: string[];
  /** Missed stories that more than half of the other outlets cover (only with three outlets or more). */
  blindSpots: string[];
  analysedStories: number;
  claims: number;
  narratorWords: number;
  loadedNarrator: number;
  loadedNarratorPer100: number;
  /** Mean tone of its claims (lib/sentiment), weighted by claims. */
  toneMean: number;
  labels: { actor: string; label: string; count: number }[];
  quotes: QuoteLedger & { top: { name: string; claims: number }[]; sides: { side: string; claims: number }[] };
  frames: { id: string; claims: number }[];
  /** Tone (mean AFINN-based score of the claims naming the actor) toward the corpus's top actors. */
  actorTone: { actor: string; claims: number; meanScore: number }[];
  /** How many claims only this outlet reports (a unique claim group of its own), and the first of them. */
  uniqueClaimCount: number;
  uniqueClaims: { story: string; text: string }[];
  weeks: WeekFigures[];
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const per100 = (count: number, words: number) => (words > 0 ? round((100 * count) / words) : 0);

export function weekOf(date: string | null | undefined): string | null {
  const ms = date ? Date.parse(date) : NaN;
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  return monday.toISOString().slice(0, 10);
}

export const TOP_ACTORS = 8;
const MAX_UNIQUE_LISTED = 50;
const TOP_QUOTED = 10;

type WeekSums = Omit<WeekFigures, 'week' | 'loadedNarratorPer100' | 'toneMean'> & { toneSum: number };
const emptyWeek = (): WeekSums => ({ stories: 0, claims: 0, narratorWords: 0, loadedNarrator: 0, toneSum: 0, named: 0, unnamed: 0, officials: 0, unattributed: 0 });

/** The actors whose tone is scored in the most claims over all outlets: the ones every profile reports on. */
export function topActors(stories: CorpusStory[], limit = TOP_ACTORS): string[] {
  const claims = new Map<string, number>();
  for (const s of stories) for (const a of s.analysis?.articles ?? []) for (const c of a.claims) for (const t of c.sentiment.actorTone) claims.set(t.actor, (claims.get(t.actor) ?? 0) + 1);
  return [...claims].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([actor]) => actor);
}

export function profileOutlets(stories: CorpusStory[], outlets: string[] = [...new Set(stories.flatMap((s) => s.outlets))].sort()): OutletProfile[] {
  const top = new Set(topActors(stories));
  const everyOutlet = new Set(stories.flatMap((s) => s.outlets));

  return outlets.map((outlet) => {
    const covered = stories.filter((s) => s.outlets.includes(outlet));
    const missed = stories.filter((s) => !s.outlets.includes(outlet));
    const others = everyOutlet.size - (everyOutlet.has(outlet) ? 1 : 0);
    const blindSpots = others >= 2 ? missed.filter((s) => s.outlets.length > others / 2) : [];
    let narratorWords = 0;
    let loadedNarrator = 0;
    let claims = 0;
    let toneSum = 0;
    let analysedStories = 0;
    const labels = new Map<string, { actor: string; label: string; count: number }>();
    const frames = new Map<string, number>();
    const quoted = new Map<string, number>();
    const sides = new Map<string, number>();
    const tone = new Map<string, { claims: number; sum: number }>();
    const quotes: QuoteLedger = { named: 0, unnamed: 0, officials: 0, unattributed: 0 };
    const uniqueClaims: OutletProfile['uniqueClaims'] = [];
    let uniqueClaimCount = 0;
    const weeks = new Map<string, WeekSums>();
    const weekFor = (date: string | null | undefined) => {
      const week = weekOf(date);
      return week ? (weeks.get(week) ?? weeks.set(week, emptyWeek()).get(week)!) : null;
    };

    for (const story of covered) {
      const storyWeek = weekFor(story.firstDate);
      if (storyWeek) storyWeek.stories++;
      const analysis = story.analysis;
      if (!analysis) continue;
      analysedStories++;
      const own = analysis.articles.filter((a) => a.outlet === outlet);
      const dateOf = new Map(own.map((a) => [a.id, a.publishedAt ?? story.firstDate]));
      for (const source of analysis.sources.filter((p) => p.outlet === outlet)) {
        const loaded = source.annotationCounts.loaded?.narrator ?? 0;
        narratorWords += source.words.narrator;
        loadedNarrator += loaded;
        claims += source.claims;
        toneSum += source.tone.mean * source.claims;
        for (const l of source.labels) {
          const key = `${l.actor}\u0000${l.label}`;
          (labels.get(key) ?? labels.set(key, { actor: l.actor, label: l.label, count: 0 }).get(key)!).count += l.count;
        }
        for (const f of source.frames) frames.set(f.id, (frames.get(f.id) ?? 0) + f.claims);
        for (const q of source.quoted) quoted.set(q.name, (quoted.get(q.name) ?? 0) + q.claims);
        const w = weekFor(dateOf.get(source.article));
        if (w) {
          w.claims += source.claims;
          w.loadedNarrator += loaded;
          w.narratorWords += source.words.narrator;
          w.toneSum += source.tone.mean * source.claims;
        }
      }
      for (const article of own) {
        const w = weekFor(dateOf.get(article.id));
        for (const c of article.claims) {
          const ledger: (keyof QuoteLedger)[] = [];
          if (!c.speaker) ledger.push('unattributed');
          else {
            ledger.push(c.speaker.vague || !c.speaker.name ? 'unnamed' : 'named');
            if (isOfficialSpeaker(c.speaker)) ledger.push('officials');
            const side = speakerSide(c.speaker, c.entities)?.side;
            if (side) sides.set(side, (sides.get(side) ?? 0) + 1);
          }
          for (const k of ledger) {
            quotes[k]++;
            if (w) w[k]++;
          }
          for (const t of c.sentiment.actorTone) {
            if (!top.has(t.actor)) continue;
            const row = tone.get(t.actor) ?? tone.set(t.actor, { claims: 0, sum: 0 }).get(t.actor)!;
            row.claims++;
            row.sum += t.score;
          }
        }
      }
      const ownIds = new Set(own.map((a) => a.id));
      const claimText = new Map(own.flatMap((a) => a.claims.map((c) => [c.id, c.text] as const)));
      for (const g of analysis.groups) {
        if (g.kind !== 'unique' || g.articles.length !== 1 || !ownIds.has(g.articles[0])) continue;
        for (const id of g.claims) {
          if (!claimText.has(id)) continue;
          uniqueClaimCount++;
          if (uniqueClaims.length < MAX_UNIQUE_LISTED) uniqueClaims.push({ story: story.key, text: claimText.get(id)! });
        }
      }
    }
    return {
      outlet,
      covered: covered.map((s) => s.key),
      missed: missed.map((s) => s.key),
      blindSpots: blindSpots.map((s) => s.key),
      analysedStories,
      claims,
      narratorWords,
      loadedNarrator,
      loadedNarratorPer100: per100(loadedNarrator, narratorWords),
      toneMean: claims ? round(toneSum / claims, 3) : 0,
      labels: [...labels.values()].sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor) || a.label.localeCompare(b.label)),
      quotes: {
        ...quotes,
        top: [...quoted].map(([name, n]) => ({ name, claims: n })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)).slice(0, TOP_QUOTED),
        sides: [...sides].map(([side, n]) => ({ side, claims: n })).sort((a, b) => b.claims - a.claims || a.side.localeCompare(b.side)).slice(0, TOP_QUOTED),
      },
      frames: [...frames].map(([id, n]) => ({ id, claims: n })).sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id)),
      actorTone: [...tone].map(([actor, t]) => ({ actor, claims: t.claims, meanScore: round(t.sum / t.claims, 3) })).sort((a, b) => b.claims - a.claims || a.actor.localeCompare(b.actor)),
      uniqueClaimCount,
      uniqueClaims,
      weeks: [...weeks]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([week, { toneSum: weekTone, ...w }]) => ({ week, ...w, loadedNarratorPer100: per100(w.loadedNarrator, w.narratorWords), toneMean: w.claims ? round(weekTone / w.claims, 3) : 0 })),
    };
  });
}

/** Whether a story names the actor: in its titles, or a speaker, toned actor or labelled actor of its analysis. */
export function mentions(story: CorpusStory & { articles: { title: string }[] }, actor: string): boolean {
  const needle = actor.toLowerCase();
  const has = (s: string | null | undefined) => !!s && s.toLowerCase().includes(needle);
  if (has(story.label) || story.articles.some((a) => has(a.title))) return true;
  const analysis = story.analysis;
  if (!analysis) return false;
  return (
    analysis.articles.some((a) => a.claims.some((c) => has(c.speaker?.name) || c.sentiment.actorTone.some((t) => has(t.actor)))) ||
    analysis.sources.some((s) => s.labels.some((l) => has(l.actor)))
  );
}
