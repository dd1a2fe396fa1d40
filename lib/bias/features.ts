// The features of the narrator-bias model, per claim: what the outlet's own wording does, counted from the
// claim's annotations, its tone words and published cue lists. Word features keep the words that carry them,
// so a score can always say which words drove it. Shared by the scorer (lib/bias) and its training
// (scripts/train/bias.ts), so both read a claim the same way.
import published from '../../lexicons/annotations-published.json';
import type { Annotation, Sentiment } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import type { Token } from '../annotations/tokens';
import { quotedSpans } from '../annotations/voice';

export const WORD_FEATURES = [
  'narrator:loaded',
  'narrator:label',
  'narrator:subjective',
  'narrator:booster',
  'narrator:hedge',
  'narrator:reporting-verb',
  'narrator:vague-source',
  'narrator:agentless',
  'quoted:judgement',
  'tone:negative',
  'tone:positive',
  'cue:npov',
  'cue:assertive',
  'cue:implicative',
] as const;
export const CLAIM_FEATURES = ['claim:quoted', 'claim:speaker', 'claim:length'] as const;
export const FEATURES = [...WORD_FEATURES, ...CLAIM_FEATURES] as const;
export type Feature = (typeof FEATURES)[number];

/** One word's part in a feature: `value` is what it adds to the feature (1 a word; its strength for tone). */
export interface FeatureWord {
  feature: Feature;
  text: string;
  start: number;
  end: number;
  value: number;
}

export interface BiasFeatures {
  values: Record<Feature, number>;
  words: FeatureWord[];
}

const JUDGEMENT = new Set(['loaded', 'label', 'subjective', 'booster']);
const cueSets: [Feature, Set<string>][] = [
  ['cue:npov', new Set(published.cues.npov)],
  ['cue:assertive', new Set(published.cues.assertive)],
  ['cue:implicative', new Set(published.cues.implicative)],
];

/**
 * The claim's features. `tokens[from, to)` are its tokens; `sentiment` is its narrator tone (lib/sentiment), whose
 * words are found again among the tokens for their offsets.
 */
export function biasFeatures(
  claim: ExtractedClaim,
  annotations: Annotation[],
  sentiment: Sentiment,
  tokens: Token[],
  from: number,
  to: number,
): BiasFeatures {
  const words: FeatureWord[] = [];
  for (const a of annotations) {
    // The token model's words are not features: the claim model was fitted without them (it sees their lists itself).
    if (a.entry === 'model:token-bias') continue;
    if (a.voice === 'narrator') words.push({ feature: `narrator:${a.kind}` as Feature, text: a.text, start: a.start, end: a.end, value: 1 });
    else if (JUDGEMENT.has(a.kind)) words.push({ feature: 'quoted:judgement', text: a.text, start: a.start, end: a.end, value: 1 });
  }
  const quoted = quotedSpans(claim);
  const narrator = (t: Token) => !quoted.some((q) => q.start <= t.start && t.end <= q.end);
  const toneLeft = [...sentiment.words];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const k = toneLeft.findIndex((w) => w.word === t.value);
    if (k >= 0) {
      const w = toneLeft.splice(k, 1)[0];
      words.push({ feature: w.score < 0 ? 'tone:negative' : 'tone:positive', text: t.value, start: t.start, end: t.end, value: Math.abs(w.score) });
    }
    if (t.pos === 'PROPN' || !narrator(t)) continue;
    for (const [feature, set] of cueSets) {
      if (set.has(t.lemma) || set.has(t.lower)) words.push({ feature, text: t.value, start: t.start, end: t.end, value: 1 });
    }
  }
  const values = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;
  for (const w of words) values[w.feature] += w.value;
  values['claim:quoted'] = claim.quotes.length > 0 ? 1 : 0;
  values['claim:speaker'] = claim.speaker ? 1 : 0;
  values['claim:length'] = Math.log(1 + Math.max(0, to - from));
  return { values, words };
}
