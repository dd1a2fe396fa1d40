// The parts pass: sentences → the spans that become claims. The title and subheadings stay whole; other sentences
// split at clause joints (never inside a quotation).
import type { ReadText, Token } from './tokens';
import { sentenceRanges, type SentenceRange } from './sentences';
import { isFiniteVerb, splitClauses } from './clauses';
import { isSubheadingLike } from '../ingest/headline';

export interface Part {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Character range in the clean text: the claim's offsets. */
  textStart: number;
  textEnd: number;
  paragraph: number;
  headline: boolean;
  /** True when this part follows a clause split inside the same sentence. */
  continuation: boolean;
}

export interface PartOptions {
  /** Length of the title when the text opens with it, else -1. */
  titleLength: number;
  /** False for a language the analysis does not support: sentences are kept whole. */
  split: boolean;
}

export function claimParts(text: string, read: ReadText, inQuote: Uint8Array, options: PartOptions): Part[] {
  const { tokens } = read;
  const sentences = sentenceRanges(text, read);
  const parts: Part[] = [];
  const add = (first: number, end: number, paragraph: number, headline: boolean, continuation: boolean) =>
    parts.push({ first, end, textStart: tokens[first].start, textEnd: tokens[end - 1].end, paragraph, headline, continuation });
  // Sentences come in text order, so a paragraph is a run of consecutive sentences.
  const paragraphs: SentenceRange[][] = [];
  for (const s of sentences) {
    const current = paragraphs[paragraphs.length - 1];
    if (current && current[0].paragraph === s.paragraph) current.push(s);
    else paragraphs.push([s]);
  }
  paragraphs.forEach((list, n) => {
    const p = list[0].paragraph;
    const pStart = tokens[list[0].first].start;
    const pEnd = tokens[list[list.length - 1].end - 1].end;
    const paragraphText = text.slice(pStart, pEnd);
    const isTitle = options.titleLength > 0 && pStart === 0;
    // wink's part-of-speech tags mean little in capitals ("WHAT THE DEAL SAYS"), so a line in capitals needs no verb test.
    const isSubheading = !isTitle && n !== paragraphs.length - 1 && isSubheadingLike(paragraphText) && (isAllCapitals(paragraphText) || list.every((s) => !hasVerb(tokens, s)));
    if (isTitle || isSubheading) {
      add(list[0].first, list[list.length - 1].end, p, true, false);
      return;
    }
    for (const s of list) {
      const clauses = options.split ? splitClauses(tokens, s.first, s.end, inQuote) : [{ first: s.first, end: s.end }];
      clauses.forEach((c, k) => add(c.first, c.end, p, false, k > 0));
    }
  });
  return parts;
}

function isAllCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

function hasVerb(tokens: Token[], s: SentenceRange): boolean {
  for (let i = s.first; i < s.end; i++) if (isFiniteVerb(tokens, i)) return true;
  return false;
}
