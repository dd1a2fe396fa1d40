// All annotations of one claim: every rule's findings, merged, each with its exact text and voice.
import type { Annotation } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import { mergeFindings } from './merge';
import { rules } from './rules';
import type { Token } from './tokens';
import { quotedSpans, voiceOf } from './voice';
import { negatorOf } from './negation';
import { firstTokenFrom } from '../nlp/token-search';

const WORDING = new Set(['loaded', 'label', 'subjective']);

/** "America is not a circus": a denied label is still the writer's framing; the note says it is denied here. */
function withNegation(note: string, tokens: Token[], start: number, from: number): string {
  const i = firstTokenFrom(tokens, start);
  const negator = i < tokens.length && tokens[i].start === start ? negatorOf(tokens, i, from) : null;
  return negator ? `${note} Here it is denied ('${negator.value}'), but naming it still puts the idea in the reader's mind.` : note;
}

export function annotateClaim(text: string, claim: ExtractedClaim, tokens: Token[], from: number, to: number): Annotation[] {
  const context = { text, claim, tokens, from, to };
  const quoted = quotedSpans(claim);
  return mergeFindings(rules.flatMap((rule) => rule(context)))
    .filter((f) => f.start >= claim.start && f.end <= claim.end && f.end > f.start)
    .map((f) => ({
      kind: f.kind,
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      note: WORDING.has(f.kind) ? withNegation(f.note, tokens, f.start, from) : f.note,
      ...(f.alternative ? { alternative: f.alternative } : {}),
      voice: voiceOf(f.start, f.end, quoted),
      entry: f.entry,
      source: f.source,
    }));
}
