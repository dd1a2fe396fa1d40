// Atomic claims: a sentence that joins independent assertions (";", ", and", ", but", ", while", ", even as")
// is split where both sides have their own subject and finite verb, never inside a quotation.
import type { Token } from './tokens';

export interface ClauseRange {
  first: number;
  end: number;
}

const COORDINATORS = [['and'], ['but'], ['while'], ['whereas'], ['even', 'as'], ['yet'], ['although'], ['though']];
const SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART', 'ADV']);

/** `inQuote[i]` is 1 when token i is inside a quotation. */
export function splitClauses(tokens: Token[], first: number, end: number, inQuote: Uint8Array): ClauseRange[] {
  const parts: ClauseRange[] = [];
  let start = first;
  // Whether the current left side [start, scanned) has a finite verb, read forward once rather than from `start` again
  // at every candidate joint ("peace, and peace, and peace, …" would otherwise be quadratic).
  let scanned = first;
  let leftHasVerb = false;
  const hasVerbBefore = (i: number) => {
    for (; scanned < i && !leftHasVerb; scanned++) leftHasVerb = isFiniteVerb(tokens, scanned);
    return leftHasVerb;
  };
  for (let i = first + 2; i < end - 3; i++) {
    const t = tokens[i];
    if (inQuote[i]) continue;
    let rightStart = -1;
    if (t.value === ';') rightStart = i + 1;
    else if (t.value === ',') {
      const words = COORDINATORS.find((c) => c.every((w, k) => tokens[i + 1 + k]?.lower === w));
      if (words) rightStart = i + 1 + words.length;
    }
    if (rightStart < 0 || rightStart >= end - 1) continue;
    if (!hasVerbBefore(i) || !startsWithSubjectAndVerb(tokens, rightStart, end)) continue;
    // "only pressure, strict monitoring, and credible deterrence can influence": the last item of a list, not a clause.
    if ((tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === 'or') && endsWithVerblessListItem(tokens, start, i)) continue;
    parts.push({ first: start, end: i });
    start = rightStart;
    scanned = rightStart;
    leftHasVerb = false;
    i = rightStart;
  }
  parts.push({ first: start, end });
  return parts;
}

export function isFiniteVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (t.pos === 'AUX') return true;
  if (/ing$/.test(t.lower)) return false;
  const previous = tokens[i - 1];
  return !previous || previous.lower !== 'to';
}

function hasFiniteVerb(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (isFiniteVerb(tokens, i)) return true;
  return false;
}

// "…, and Tehran agreed": a subject phrase, then a finite verb, within a few tokens.
function startsWithSubjectAndVerb(tokens: Token[], first: number, end: number): boolean {
  let nominal = false;
  for (let i = first; i < Math.min(end, first + 9); i++) {
    const t = tokens[i];
    // "…, and several Iranians held in the US": a participle before a preposition is a reduced relative, not a verb.
    if (isFiniteVerb(tokens, i) && !isReducedRelative(tokens, i)) return nominal;
    if (SUBJECT_POS.has(t.pos) || t.value === '’s' || t.value === "'s" || t.lower === 'of' || t.value === '-') {
      if (t.pos !== 'ADV') nominal = true;
      continue;
    }
    return false;
  }
  return false;
}

const PARTICIPLE_ADP = new Set(['in', 'by', 'at', 'on', 'from', 'during', 'after']);
function isReducedRelative(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('s') && PARTICIPLE_ADP.has(tokens[i + 1]?.lower ?? '');
}

function endsWithVerblessListItem(tokens: Token[], first: number, comma: number): boolean {
  let k = comma - 1;
  while (k > first && tokens[k].value !== ',') k--;
  if (k <= first) return false;
  return !hasFiniteVerb(tokens, k + 1, comma);
}
