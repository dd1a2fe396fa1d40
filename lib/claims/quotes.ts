// The quotations pass: direct quotations in the clean text (curly and straight double quotes, including quotations
// that run on across sentences and paragraphs: news style leaves a paragraph unclosed when the next one opens with a
// quote mark), and which tokens they hold.
import type { Token } from './tokens';

export interface Quotation {
  start: number;
  /** End offset (exclusive), after the closing mark when there is one. */
  end: number;
  /** Index of the quotation this one continues (an earlier paragraph's unclosed quotation, so always smaller), or -1. */
  continues: number;
}

export interface Quotations {
  /** In text order, never overlapping. */
  list: Quotation[];
  /** 1 for a token inside a quotation (after its opening mark, before its closing one). */
  inQuote: Uint8Array;
}

export function readQuotations(text: string, tokens: Token[]): Quotations {
  const list = findQuotations(text);
  return { list, inQuote: tokensInQuotes(tokens, list) };
}

function tokensInQuotes(tokens: Token[], quotes: Quotation[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (q < quotes.length && quotes[q].end <= tokens[i].start) q++;
    if (q < quotes.length && quotes[q].start < tokens[i].start && tokens[i].start < quotes[q].end - 1) marks[i] = 1;
  }
  return marks;
}

// Character codes: this scans every character of the article.
const NEWLINE = 10;
const STRAIGHT = 34; // "
const isOpener = (code: number) => code === 0x201c || code === 0x201e || code === 0xab; // “ „ «
const isCloser = (code: number) => code === 0x201d || code === 0xbb; // ” »

export function findQuotations(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  let open = -1;
  let continues = -1;
  // Set when a paragraph ended inside a quotation: if the next paragraph opens with a quote mark, it continues it.
  let pendingContinuation = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      if (text.charCodeAt(i + 1) !== NEWLINE) continue;
      if (open >= 0) {
        quotes.push({ start: open, end: trimEnd(text, i), continues });
        pendingContinuation = quotes.length - 1;
        open = -1;
        continues = -1;
      } else pendingContinuation = -1;
      i++;
      continue;
    }
    if (code === 32) continue;
    const straight = code === STRAIGHT;
    const opens = isOpener(code) || (straight && open < 0 && isOpeningPosition(text, i));
    if (open < 0 && opens) {
      open = i;
      const paragraphStart = i === 0 || text.charCodeAt(i - 1) === NEWLINE;
      continues = paragraphStart ? pendingContinuation : -1;
    } else if (open >= 0 && (isCloser(code) || straight)) {
      quotes.push({ start: open, end: i + 1, continues });
      open = -1;
      continues = -1;
    } else if (open >= 0 && isOpener(code) && text.charCodeAt(i - 1) === 32 && i - open > 1) {
      // A second opening mark inside an open quotation: the first one was never closed. Restart here.
      quotes.push({ start: open, end: trimEnd(text, i), continues });
      open = i;
      continues = -1;
    }
    // Only a paragraph's first character can continue the previous paragraph's quotation.
    pendingContinuation = -1;
  }
  if (open >= 0) quotes.push({ start: open, end: trimEnd(text, text.length), continues });
  return dropBareMarks(quotes);
}

// A lone mark is no quotation. Dropping it shifts the indices, so `continues` is renumbered with it: a stale index
// once pointed a quotation at itself and the speaker search chased that loop forever.
function dropBareMarks(quotes: Quotation[]): Quotation[] {
  const renumbered = new Int32Array(quotes.length).fill(-1);
  const kept: Quotation[] = [];
  quotes.forEach((q, i) => {
    if (q.end - q.start <= 1) return;
    renumbered[i] = kept.length;
    kept.push({ ...q, continues: q.continues >= 0 ? renumbered[q.continues] : -1 });
  });
  return kept;
}

function isOpeningPosition(text: string, i: number): boolean {
  if (i === 0) return true;
  return /[\s(\[—–\-:;,/]/.test(text[i - 1]);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
