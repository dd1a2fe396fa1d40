// Kind of a claim from its cues: headline, statement (attributed), opinion (prescriptive/evaluative wording),
// background (earlier history), or event.
import lexicon from '../../lexicons/claims-kinds.json';
import type { ClaimKind, Entity } from '../contract/types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function cueRegExp(type: string): RegExp {
  const cues = lexicon.entries.filter((e) => e.type === type).map((e) => escape(e.cue)).sort((a, b) => b.length - a.length);
  // Matched on lower-cased text with ASCII word edges: much faster than a Unicode-aware pattern, and every cue is ASCII.
  return new RegExp(`(?:^|[^a-z])(${cues.join('|')})(?![a-z])`);
}
const OPINION = cueRegExp('opinion');
const BACKGROUND = cueRegExp('background');

export interface KindCues {
  opinion: string | null;
  background: string | null;
}

export function kindCues(text: string): KindCues {
  const lower = text.toLowerCase();
  return { opinion: OPINION.exec(lower)?.[1] ?? null, background: BACKGROUND.exec(lower)?.[1] ?? null };
}

/** A year well before the article's latest year marks history ("in 2015", "the 2015 deal"). */
export function pastYear(entities: Entity[], referenceYear: number | null): string | null {
  if (!referenceYear) return null;
  for (const e of entities) {
    if (e.kind !== 'date' || !e.detail) continue;
    const year = Number(e.detail.slice(0, 4));
    if (year && year < referenceYear - 1) return e.text;
  }
  return null;
}

export function claimKind(opts: { headline: boolean; attributed: boolean; cues: KindCues; pastYear: string | null }): ClaimKind {
  if (opts.headline) return 'headline';
  if (opts.attributed) return 'statement';
  if (opts.cues.opinion) return 'opinion';
  if (opts.cues.background || opts.pastYear) return 'background';
  return 'event';
}
