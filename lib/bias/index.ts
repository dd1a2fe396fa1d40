// Narrator bias per claim: a logistic regression over the claim's features (./features), weights fitted on the
// development data with leave-events-out cross-validation (scripts/train/bias.ts, lexicons/bias-model.json).
// It explains itself: every word feature's weight times the word's value is that word's part of the sum.
import model from '../../lexicons/bias-model.json';
import type { Annotation, ClaimBias, Sentiment } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import type { Token } from '../annotations/tokens';
import { biasFeatures, FEATURES, type Feature } from './features';

const weights = model.weights as Record<Feature, number>;
for (const f of FEATURES) {
  if (typeof weights[f] !== 'number') throw new Error(`parallax lexicons/bias-model.json: no weight for feature ${f}`);
}
const MAX_WORDS = 6;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function scoreBias(claim: ExtractedClaim, annotations: Annotation[], sentiment: Sentiment, tokens: Token[], from: number, to: number): ClaimBias {
  const { values, words } = biasFeatures(claim, annotations, sentiment, tokens, from, to);
  const sum = FEATURES.reduce((s, f) => s + weights[f] * values[f], model.intercept);
  const score = 1 / (1 + Math.exp(-sum));
  const drivers = words
    .map((w) => ({ start: w.start, end: w.end, text: w.text, feature: w.feature, weight: round(weights[w.feature] * w.value, 3) }))
    .filter((w) => w.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start)
    .slice(0, MAX_WORDS);
  return { score: round(score, 3), loaded: score >= model.threshold, words: drivers };
}
