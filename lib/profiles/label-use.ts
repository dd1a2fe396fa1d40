// Label use per actor: which actor each `label` annotation names. The actor is the entity or proper-noun
// run right next to the label ("Hamas terrorists", "terrorists of Hamas"), the nationality inside a
// compound label's own span ("Iranian-backed" → the group it qualifies is unnamed, so the sponsor is kept),
// or "(unnamed)".
import labels from '../../lexicons/annotations-label.json';
import type { AnalyzedArticle, Annotation, Claim } from '../contract/types';

/** Labels that are themselves names for an actor ("the Jewish state": Israel), from the lexicon's `actor`. */
const namedBy = new Map(
  (labels.entries as { id: string; actor?: string }[]).filter((e) => e.actor).map((e) => [e.id, e.actor as string]),
);

// Capitalised words right before or after the label; hyphenated compounds ("Iranian-trained") are labels
// themselves, not names, so a run never includes one.
const PROPER_RUN_BEFORE = /(?:^|[^\p{L}'’.-])((?:[A-Z][\p{L}'’.]*\s+){0,3}[A-Z][\p{L}'’.]*)\s*$/u;
const PROPER_RUN_AFTER = /^\s*(?:of\s+|from\s+)?(?:the\s+)?([A-Z][\p{L}'’.]*(?:\s+[A-Z][\p{L}'’.]*){0,3})(?![\p{L}-])/u;
const ACTOR_KINDS = new Set(['person', 'organization', 'place', 'actor']);

// What may stand between a label and the actor it names: nothing, a space or hyphen ("Hamas terrorists",
// "Iranian-backed"), a possessive, or "of (the)" ("terrorists of Hamas"). A preposition such as "amid" or
// "in" relates other things ("talks in Rome amid terrorism threats"), so it does not tie the two.
const TIES = /^(?:[\s-]*|['’]s\s+|\s+of\s+(?:the\s+)?)$/u;

function entityNear(text: string, claim: Claim, start: number, end: number): string | null {
  const near = claim.entities
    .filter((e) => ACTOR_KINDS.has(e.kind))
    .map((e) => ({ e, between: e.end <= start ? text.slice(e.end, start) : e.start >= end ? text.slice(end, e.start) : '' }))
    .filter((x) => TIES.test(x.between))
    .sort((a, b) => a.between.length - b.between.length);
  return near.length ? near[0].e.canonical || near[0].e.text : null;
}

// A capitalised sentence opener ("The terrorists …") is no name.
const OPENERS = new Set(['The', 'A', 'An', 'This', 'These', 'That', 'Those', 'Such', 'Some', 'Many']);

export function labelledActor(text: string, claim: Claim, label: Annotation): string {
  const named = namedBy.get(label.entry);
  if (named) return named;
  const fromEntities = entityNear(text, claim, label.start, label.end);
  if (fromEntities) return fromEntities;
  // In a headline every word is capitalised, so a capitalised run there is no sign of a name.
  if (claim.kind === 'headline') return '(unnamed)';
  const before = PROPER_RUN_BEFORE.exec(text.slice(claim.start, label.start));
  const run = before?.[1].trim().split(/\s+/).filter((w, i) => i > 0 || !OPENERS.has(w)).join(' ');
  if (run) return run;
  const after = PROPER_RUN_AFTER.exec(text.slice(label.end, claim.end));
  if (after) return after[1].trim();
  const inside = /^([A-Z][\p{L}]+)-/u.exec(label.text);
  if (inside) return inside[1];
  return '(unnamed)';
}

export function labelUse(article: AnalyzedArticle): { actor: string; label: string; count: number }[] {
  const counts = new Map<string, { actor: string; label: string; count: number }>();
  for (const claim of article.claims) {
    for (const a of claim.annotations) {
      if (a.kind !== 'label') continue;
      const actor = labelledActor(article.text, claim, a);
      const label = a.text.toLowerCase();
      const key = `${actor}\u0000${label}`;
      const row = counts.get(key) ?? { actor, label, count: 0 };
      row.count++;
      counts.set(key, row);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor) || a.label.localeCompare(b.label));
}
