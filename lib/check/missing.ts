// Reference claims with no counterpart in the draft, facts carried by several references first.
import { closestIn, counterpartIn, type CheckContext, claimRef } from './context';
import type { MissingFact } from './types';

export function missingFacts(context: CheckContext): MissingFact[] {
  const missing: MissingFact[] = [];
  for (const reference of context.references)
    for (const claim of reference.claims) {
      if (claim.kind === 'headline') continue; // a headline restates the story; its facts are in its body
      if (counterpartIn(context, claim, context.draft)) continue;
      const group = context.groupOf.get(claim.id)!;
      const carriers = new Set(group.articles.filter((a) => a !== context.draft.id));
      const closest = closestIn(context, claim, context.draft);
      missing.push({
        ...claimRef(context, claim),
        carriedBy: Math.max(1, carriers.size),
        checkworthiness: claim.checkworthiness.score,
        group: group.id,
        closest: closest ? { claim: closest.claim.id, text: closest.claim.text, overlap: Number(closest.overlap.toFixed(2)) } : null,
      });
    }
  const order = new Map(context.references.map((a, i) => [a.id, i]));
  return missing.sort(
    (a, b) => b.carriedBy - a.carriedBy || b.checkworthiness - a.checkworthiness || order.get(a.article)! - order.get(b.article)! || a.start - b.start,
  );
}
