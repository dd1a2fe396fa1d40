// The evaluative words of a claim, scored: what the tone of a claim rests on. A word counts only when
//  - a published opinion lexicon lists it (Hu & Liu 2004, `opinionWords` of lexicons/annotations-published.json):
//    AFINN alone scores event words ("agreed" +1, "killed" −3) that report rather than judge;
//  - it is not a reporting verb ("stressed that", "insisted" are the reporter's verb, judged by the
//    reporting-verb annotation, not sentiment);
//  - it is in the narrator's voice: words inside a quotation or reported content belong to the speaker;
//  - it is not part of an actor's name.
// Its score is AFINN-165's when AFINN agrees on the sign (intensity: "atrocious" −3 against "flawed" −1), else ±1,
// flipped when a negator governs it (lib/annotations/negation.ts: "not a massacre", "never fair").
import labels from 'sentiment/languages/en/labels.json';
import published from '../../lexicons/annotations-published.json';
import { isReportingVerb } from '../annotations/reporting-lemmas';
import { negatorOf } from '../annotations/negation';
import type { Token } from '../annotations/tokens';

const afinn = labels as Record<string, number>;
const polarity = new Map<string, -1 | 1>([
  ...published.opinionWords.negative.map((w): [string, -1] => [w, -1]),
  ...published.opinionWords.positive.map((w): [string, 1] => [w, 1]),
]);

export interface ScoredToken {
  index: number;
  word: string;
  score: number;
}

function lookup(t: Token): { key: string; sign: -1 | 1 } | null {
  const keys = [t.lower.replace(/’/g, "'"), t.lemma];
  if (t.lower.endsWith('s')) keys.push(t.lower.slice(0, -1));
  for (const key of keys) {
    const sign = polarity.get(key);
    if (sign) return { key, sign };
  }
  return null;
}

/** Scored evaluative tokens in `[from, to)`; `skip(i)` leaves out quoted tokens and names. */
export function scoreEvaluative(tokens: Token[], from: number, to: number, skip: (i: number) => boolean = () => false): ScoredToken[] {
  const out: ScoredToken[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (skip(i) || t.pos === 'PROPN' || isReportingVerb(t)) continue;
    const hit = lookup(t);
    if (!hit) continue;
    const strength = afinn[hit.key] ?? afinn[t.lower] ?? 0;
    const base = Math.sign(strength) === hit.sign ? strength : hit.sign;
    out.push({ index: i, word: t.value, score: negatorOf(tokens, i, from) ? -base : base });
  }
  return out;
}
