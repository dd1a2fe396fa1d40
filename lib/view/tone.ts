// Tone chips: the sentiment score with the words behind it, in plain words.
import type { Sentiment, ToneComparison } from '../contract/types';

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
