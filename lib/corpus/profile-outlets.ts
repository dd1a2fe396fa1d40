// Outlet profiles across a corpus: a pure function of its stories and the summaries of their stored
// analyses (summarise-story.ts). The per-article figures are lib/profiles' (Analysis.sources), summed
// per outlet, never recomputed; what needs the claims (who is quoted, tone toward actors, claims only it
// reports) was counted off them into the summary. A story whose comparison is not analysed yet counts
// for coverage only (`analysedStories` says so).
import type { StorySummary } from './summarise-story';

export interface CorpusStory {
  key: string;
  label: string;
  firstDate: string | null;
  outlets: string[];
  /** The summary of its comparison's stored analysis; null for a one-outlet story or one not analysed yet. */
  summary: StorySummary | null;
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
  /** `sides`: its attributed claims by the side the speaker speaks for (a country, party or body its role or name names), most first. */
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
const LEDGER = ['named', 'unnamed', 'officials', 'unattributed'] as const;

type WeekSums = Omit<WeekFigures, 'week' | 'loadedNarratorPer100' | 'toneMean'> & { toneSum: number };
const emptyWeek = (): WeekSums => ({ stories: 0, claims: 0, narratorWords: 0, loadedNarrator: 0, toneSum: 0, named: 0, unnamed: 0, officials: 0, unattributed: 0 });

/** The actors whose tone is scored in the most claims over all outlets: the ones every profile reports on. */
export function topActors(stories: CorpusStory[], limit = TOP_ACTORS): string[] {
  const claims = new Map<string, number>();
  for (const s of stories) for (const a of s.summary?.articles ?? []) for (const [actor] of a.tone) claims.set(actor, (claims.get(actor) ?? 0) + 1);
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
      const summary = story.summary;
      if (!summary) continue;
      analysedStories++;
      const own = summary.articles.filter((a) => a.outlet === outlet);
      const dateOf = new Map(own.map((a) => [a.id, a.publishedAt ?? story.firstDate]));
      for (const source of summary.sources.filter((p) => p.outlet === outlet)) {
        const loaded = source.loadedNarrator;
        narratorWords += source.narratorWords;
        loadedNarrator += loaded;
        claims += source.claims;
        toneSum += source.toneMean * source.claims;
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
          w.narratorWords += source.narratorWords;
          w.toneSum += source.toneMean * source.claims;
        }
      }
      for (const article of own) {
        const w = weekFor(dateOf.get(article.id));
        for (const k of LEDGER) {
          quotes[k] += article.quotes[k];
          if (w) w[k] += article.quotes[k];
        }
        for (const [side, n] of article.sides) sides.set(side, (sides.get(side) ?? 0) + n);
        for (const [actor, score] of article.tone) {
          if (!top.has(actor)) continue;
          const row = tone.get(actor) ?? tone.set(actor, { claims: 0, sum: 0 }).get(actor)!;
          row.claims++;
          row.sum += score;
        }
      }
      for (const u of summary.unique) {
        if (u.outlet !== outlet) continue;
        uniqueClaimCount++;
        if (uniqueClaims.length < MAX_UNIQUE_LISTED) uniqueClaims.push({ story: story.key, text: u.text });
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
