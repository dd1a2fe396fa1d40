// Sentences as token ranges: wink's sentence breaks, plus a break at every paragraph boundary (wink ignores
// newlines, so headings would run into the next paragraph), with wink's stray fragments merged back.
import type { ReadText, Token } from './tokens';
import { VERB_BY_FORM } from './verbs';

export interface SentenceRange {
  /** First token index (inclusive). */
  first: number;
  /** Last token index (exclusive). */
  end: number;
  paragraph: number;
}

const isSpace = (t: Token) => t.type === 'tabCRLF' || t.type === 'spaces' || /^\s+$/.test(t.value);

export function sentenceRanges(text: string, read: ReadText): SentenceRange[] {
  const { tokens } = read;
  const winkStarts = new Set(read.sentences.map(([first]) => first));
  const ranges: SentenceRange[] = [];
  let paragraph = 0;
  let current: SentenceRange | null = null;
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isSpace(t)) continue;
    const gap = text.slice(lastEnd, t.start);
    const newParagraph = current !== null && gap.includes('\n');
    if (newParagraph) paragraph += (gap.match(/\n\s*\n/g) ?? ['']).length;
    const winkBreak = current !== null && winkStarts.has(i) && !continuesSentence(t, tokens[i - 1]) && !frameAfterQuestion(tokens, i) && !isListMarker(text, tokens, current);
    if (!current || newParagraph || winkBreak) {
      current = { first: i, end: i + 1, paragraph };
      ranges.push(current);
    } else current.end = i + 1;
    lastEnd = t.end;
  }
  return ranges.filter((r) => !isSpace(tokens[r.first]));
}

// "1. Iran will limit enrichment.": wink ends a sentence after a numbered list marker; the marker opens the item.
function isListMarker(text: string, tokens: Token[], range: SentenceRange): boolean {
  return /^\d{1,3}\.$/.test(text.slice(tokens[range.first].start, tokens[range.end - 1].end));
}

// wink sometimes breaks after a closing quote mark or before a lower-case continuation ("“Why?” he asked.").
function continuesSentence(t: Token, previous: Token | undefined): boolean {
  // "Iran-U.S. talks": wink may break after an initial; a break right after a one-letter abbreviation is no break.
  if (previous && previous.end === t.start && (/^\p{Lu}\.$/u.test(t.value) || /^\p{Lu}\.?$/u.test(previous.value))) return true;
  if (previous && /^\p{Lu}\.$/u.test(previous.value)) return true;
  if (/^[\p{Ll}]/u.test(t.value) && t.pos !== 'PROPN') return true;
  if (/^[”’),;:]$/.test(t.value) || /^\.\.?$/.test(t.value)) return true;
  return !!previous && /^[“(]$/.test(previous.value);
}

/** How far after a quotation its frame's reporting verb may come: "Mitt Romney's campaign manager continued" is five. */
const FRAME_REACH = 6;

// "“Why can't he run his race?” Akin continued.": a quotation ending in ? or ! and the short frame after it are one
// sentence (wink breaks after the mark), so the frame gives the quotation its speaker.
function frameAfterQuestion(tokens: Token[], i: number): boolean {
  const close = tokens[i - 1];
  if (!close || !/^[”"]$/.test(close.value) || !/^[?!]$/.test(tokens[i - 2]?.value ?? '')) return false;
  if (!/^\p{Lu}/u.test(tokens[i].value) && tokens[i].pos !== 'PRON') return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + FRAME_REACH); k++) {
    if (/^[.!?;]$/.test(tokens[k].value)) return false;
    if (VERB_BY_FORM.has(tokens[k].lower) && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) {
      // The frame ends soon after its verb ("Obama asked reporters on Friday."): it is no new statement.
      let m = k + 1;
      while (m < tokens.length && m < k + FRAME_REACH && !/^[.,;!?]$/.test(tokens[m].value)) m++;
      return m >= tokens.length || /^[.,]$/.test(tokens[m].value);
    }
  }
  return false;
}
