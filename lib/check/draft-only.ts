// Draft claims that no reference supports, with their sourcing, so the editor can look again.
import { counterpartIn, type CheckContext, claimRef } from './context';
import type { DraftOnlyClaim, Sourcing } from './types';

export function draftOnlyClaims(context: CheckContext): DraftOnlyClaim[] {
  const out: DraftOnlyClaim[] = [];
  for (const claim of context.draft.claims) {
    if (claim.kind === 'headline') continue;
    if (context.references.some((reference) => counterpartIn(context, claim, reference))) continue;
    const speaker = claim.speaker;
    const sourcing: Sourcing = !speaker ? 'none' : speaker.vague || !speaker.name ? 'vague' : 'named';
    out.push({ ...claimRef(context, claim), sourcing, speaker: speaker?.name ?? null, checkworthiness: claim.checkworthiness.score });
  }
  return out;
}
