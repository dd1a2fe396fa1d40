import type { Sentiment } from '@/lib/contract/types';
import { toneChip } from '@/lib/view/tone';

const LABELS = { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' } as const;

/** The claim's tone in words and numbers, with the scored words behind it (never colour alone). */
export function ToneChip({ sentiment }: { sentiment: Sentiment }) {
  const chip = toneChip(sentiment);
  return (
    <span className={`tone tone-${chip.label}`}>
      <span className="tone-label"><span className="visually-hidden">Tone: </span>{LABELS[chip.label]} {chip.score}</span>
      <span className="tone-words">{chip.words}</span>
    </span>
  );
}
