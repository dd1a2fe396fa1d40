// Tone and bias chips: the sentiment score and the narrator-bias score, each with the words behind it, in plain words.
import type { ClaimBias, Sentiment, ToneComparison } from '../contract/types';

/** Signed score with a real minus sign: "+2", "−3", "0". */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 100) / 100;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

export interface ToneChip {
  label: Sentiment['label'];
  score: string;
  /** "killed −3, terrorist −2", or "no scored words". */
  words: string;
  /** One sentence for screen readers and tooltips. */
  description: string;
}

export function toneChip(sentiment: Sentiment): ToneChip {
  const words = sentiment.words.length
    ? sentiment.words.map((w) => `${w.word} ${formatScore(w.score)}`).join(', ')
    : 'no scored words';
  return {
    label: sentiment.label,
    score: formatScore(sentiment.score),
    words,
    description: `Tone ${sentiment.label}, score ${formatScore(sentiment.score)} (${words}).`,
  };
}

/** The group's relative tone in words, with outlet ids replaced by their labels. */
export function groupToneText(tone: ToneComparison | null, labels: Record<string, string>): string | null {
  if (!tone) return null;
  if (tone.note) return tone.note;
  if (!tone.moreNegative) return 'Level tone across sources.';
  return `${labels[tone.moreNegative] ?? tone.moreNegative} is more negative (difference ${Math.abs(tone.difference)}).`;
}

export interface BiasChip {
  /** "0.42": the fitted probability that the narrator's wording is loaded. */
  score: string;
  loaded: boolean;
  /** "massacre (loaded wording) +1.52, brutal (negative tone) +0.26", or "no words weigh in". */
  words: string;
  description: string;
}

const FEATURE_NAMES: Record<string, string> = {
  'narrator:loaded': 'loaded wording',
  'narrator:label': 'label',
  'narrator:subjective': 'writer’s evaluation',
  'narrator:booster': 'booster',
  'narrator:hedge': 'hedge',
  'narrator:reporting-verb': 'loaded reporting verb',
  'narrator:vague-source': 'vague source',
  'narrator:agentless': 'passive without agent',
  'quoted:judgement': 'judgement in a quotation',
  'tone:negative': 'negative tone',
  'tone:positive': 'positive tone',
  'cue:npov': 'NPOV bias word',
  'cue:assertive': 'assertive verb',
  'cue:implicative': 'implicative verb',
};

/** The narrator-bias score with the words that drove it (null when the claim has none: other languages). */
export function biasChip(bias: ClaimBias | undefined): BiasChip | null {
  if (!bias) return null;
  const words = bias.words.length
    ? bias.words.map((w) => `${w.text} (${FEATURE_NAMES[w.feature] ?? w.feature}) ${formatScore(w.weight)}`).join(', ')
    : 'no words weigh in';
  const score = bias.score.toFixed(2);
  return {
    score,
    loaded: bias.loaded,
    words,
    description: `Narrator bias ${score}${bias.loaded ? ', loaded wording' : ''} (${words}).`,
  };
}
