// Features of one word for the token-level loaded-wording model (lexicons/token-bias-model.json, fitted by
// scripts/train/token-bias.ts): membership in the published lists (Hu & Liu, Recasens NPOV, Hooper assertives,
// Karttunen implicatives, Hyland hedges, Recasens report verbs), AFINN-165 strength, part of speech, morphology
// (-ly adverb, comparative or superlative, hyphenated compound) and voice. No hand-list word and nothing chosen on
// the development data is a feature, so the model's hits stand on published lists and grammar alone.
import labels from 'sentiment/languages/en/labels.json';
import published from '../../lexicons/annotations-published.json';
import type { Token } from '../annotations/tokens';
import type { Span } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';

const afinn = labels as Record<string, number>;
const data = published as unknown as {
  opinionWords: { negative: string[]; positive: string[] };
  cues: { npov: string[]; assertive: string[]; implicative: string[] };
  reportVerbs: string[];
  entries: Array<{ match: string; kind: string }>;
};
const NEGATIVE = new Set(data.opinionWords.negative);
const POSITIVE = new Set(data.opinionWords.positive);
const NPOV = new Set(data.cues.npov);
const ASSERTIVE = new Set(data.cues.assertive);
const IMPLICATIVE = new Set(data.cues.implicative);
const REPORT = new Set(data.reportVerbs);
const HEDGE = new Set(data.entries.filter((e) => e.kind === 'hedge').map((e) => e.match));

export const TOKEN_FEATURES = [
  'huliu-negative', 'huliu-positive', 'npov', 'assertive', 'implicative', 'hedge', 'report-verb',
  'afinn-strength', 'pos:ADJ', 'pos:ADV', 'pos:VERB', 'pos:NOUN', '-ly adverb', 'comparative/superlative',
  'hyphenated compound', 'opinion word next to it', 'quoted voice', 'short quotation in narration',
] as const;
export type TokenFeature = (typeof TOKEN_FEATURES)[number];

const inList = (set: Set<string>, t: Token) => set.has(t.lower) || set.has(t.lemma);
const opinion = (t: Token | undefined) => !!t && (inList(NEGATIVE, t) || inList(POSITIVE, t));

/** Whether a token can carry the model at all: a content word, not a name, not punctuation. */
export function isCandidate(t: Token): boolean {
  return (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'VERB' || t.pos === 'NOUN') && /^\p{Ll}/u.test(t.value) && t.value.length > 2;
}

// A few quoted words inside the outlet's own sentence ("what he called “phony theology”", "a “do-nothing” Congress",
// insisted “nothing improper” happened) are words the outlet chose to hold up, unlike a quoted sentence that opens
// the claim ("“We will win,” he said").
const SHORT_QUOTATION_WORDS = 6;
export function shortQuotations(claim: ExtractedClaim): Span[] {
  return claim.quotes.filter((q) => q.start > claim.start && (q.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}]+)*/gu) ?? []).length <= SHORT_QUOTATION_WORDS);
}

/** The feature vector of token i (in TOKEN_FEATURES order). */
export function tokenFeatures(tokens: Token[], i: number, quoted: boolean, shortQuote = false): number[] {
  const t = tokens[i];
  const strength = Math.abs(afinn[t.lower] ?? afinn[t.lemma] ?? 0) / 5;
  const degree = (t.pos === 'ADJ' || t.pos === 'ADV') && (/(er|est)$/.test(t.lower) && t.lower !== t.lemma || ['more', 'most'].includes(tokens[i - 1]?.lower ?? ''));
  return [
    +inList(NEGATIVE, t), +inList(POSITIVE, t), +inList(NPOV, t), +inList(ASSERTIVE, t), +inList(IMPLICATIVE, t),
    +inList(HEDGE, t), +inList(REPORT, t), strength,
    +(t.pos === 'ADJ'), +(t.pos === 'ADV'), +(t.pos === 'VERB'), +(t.pos === 'NOUN'),
    +(t.pos === 'ADV' && t.lower.endsWith('ly')), +degree, +/\p{L}-\p{L}/u.test(t.value),
    +(opinion(tokens[i - 1]) || opinion(tokens[i + 1])), +quoted, +shortQuote,
  ];
}
