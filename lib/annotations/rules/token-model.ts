// Rule `token-model`: a content word that the token-level loaded-wording model (lexicons/token-bias-model.json,
// fitted by scripts/train/token-bias.ts with leave-one-event-out figures in docs/framing.md) scores at or above its
// threshold is `subjective` (an evaluative word, by a model: about half its hits are evaluations on a hand check, so it
// does not claim the curated `loaded` kind or count toward loaded density). Its features are published-list membership, AFINN strength, part of speech, morphology and
// voice (lib/bias/token-features.ts), never a hand-list word. Listed last: where any other rule annotates, that wins.
// The source names the features that drove the score. One dot product per content word: linear.
import model from '../../../lexicons/token-bias-model.json';
import { isCandidate, shortQuotations, tokenFeatures, TOKEN_FEATURES } from '../../bias/token-features';
import { isReportingVerb } from '../reporting-lemmas';
import { quotedSpans } from '../voice';
import type { Rule } from '../types';

export const TOKEN_MODEL_ENTRY = 'model:token-bias';
const FILE = 'lexicons/token-bias-model.json';
const { intercept, weights, threshold, features } = model as { intercept: number; weights: number[]; threshold: number; features: string[] };
if (features.length !== TOKEN_FEATURES.length || features.some((f, j) => f !== TOKEN_FEATURES[j]) || weights.length !== features.length) {
  throw new Error(`${FILE}: features do not match lib/bias/token-features.ts; refit with scripts/train/token-bias.ts`);
}
const logit = Math.log(threshold / (1 - threshold));

export const tokenModel: Rule = ({ tokens, from, to, claim }) => {
  const quoted = quotedSpans(claim);
  const short = shortQuotations(claim);
  const found = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isCandidate(t) || isReportingVerb(t)) continue;
    const within = (q: { start: number; end: number }) => q.start <= t.start && t.end <= q.end;
    const x = tokenFeatures(tokens, i, quoted.some(within), short.some(within));
    let z = intercept;
    for (let j = 0; j < x.length; j++) z += x[j] * weights[j];
    if (z < logit) continue;
    const drivers = x.map((v, j) => ({ f: features[j], w: v * weights[j] })).filter((d) => d.w > 0.3).sort((a, b) => b.w - a.w).map((d) => d.f);
    found.push({
      kind: 'subjective' as const,
      start: t.start,
      end: t.end,
      note: `'${t.value}' reads as evaluative wording to a model fitted on news articles whose loaded words experts marked (BASIL), from: ${drivers.join(', ')}. A neutral report states what happened.`,
      entry: TOKEN_MODEL_ENTRY,
      source: `${FILE} (score ${(1 / (1 + Math.exp(-z))).toFixed(2)} ≥ ${threshold}; features: ${drivers.join(', ')})`,
    });
  }
  return found;
};
