import type { ClaimBias } from '@/lib/contract/types';
import { biasChip } from '@/lib/view/tone';

/** The claim's narrator-bias score with the words that drove it (text, never colour alone). */
export function BiasChip({ bias }: { bias: ClaimBias | undefined }) {
  const chip = biasChip(bias);
  if (!chip) return null;
  return (
    <span className={`bias${chip.loaded ? ' bias-loaded' : ''}`} title={chip.description}>
      <span className="bias-label"><span className="visually-hidden">Narrator bias: </span>Bias {chip.score}{chip.loaded ? ' · loaded' : ''}</span>
      <span className="bias-words">{chip.words}</span>
    </span>
  );
}
