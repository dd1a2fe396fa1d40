// The AFINN-165 word scores and negators shipped with the `sentiment` package, read per token so that each
// scored word keeps its position (the package's own result has words but no positions).
import labels from 'sentiment/languages/en/labels.json';
import negators from 'sentiment/languages/en/negators.json';
import type { Token } from '../annotations/tokens';

const scores = labels as Record<string, number>;
const negating = negators as Record<string, number>;

export interface ScoredToken {
  index: number;
  word: string;
  score: number;
}

/** AFINN score of each scored token in `[from, to)`, flipped after a negator as the package does. */
export function scoreTokens(tokens: Token[], from: number, to: number): ScoredToken[] {
  const out: ScoredToken[] = [];
  for (let i = from; i < to; i++) {
    const word = tokens[i].lower.replace(/’/g, "'");
    if (!Object.prototype.hasOwnProperty.call(scores, word)) continue;
    const previous = i > from ? tokens[i - 1].lower.replace(/’/g, "'") : '';
    // wink splits "don't" into "do" + "n't"; the package sees one token "don't".
    const negated = negating[previous] || previous === "n't" || previous === 'not';
    out.push({ index: i, word: tokens[i].value, score: negated ? -scores[word] : scores[word] });
  }
  return out;
}
