// Direct quotations in the clean text: curly and straight double quotes, including quotations that run on
// across sentences and paragraphs (news style: an unclosed paragraph followed by one that opens with a quote mark).

export interface Quotation {
  start: number;
  /** End offset (exclusive), after the closing mark when there is one. */
  end: number;
  /** Index of the quotation this one continues (an earlier paragraph's unclosed quotation), or -1. */
  continues: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

export function findQuotations(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  let open = -1;
  let continues = -1;
  // Set when a paragraph ended inside a quotation: if the next paragraph opens with a quote mark, it continues it.
  let pendingContinuation = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      if (open >= 0) {
        quotes.push({ start: open, end: i, continues });
        pendingContinuation = quotes.length - 1;
        open = -1;
        continues = -1;
      } else pendingContinuation = -1;
      i++;
      continue;
    }
    const straight = ch === '"';
    const opens = OPENERS.has(ch) || (straight && open < 0 && isOpeningPosition(text, i));
    const closes = CLOSERS.has(ch) || (straight && open >= 0);
    if (open < 0 && opens) {
      open = i;
      const paragraphStart = i === 0 || text[i - 1] === '\n';
      continues = paragraphStart ? pendingContinuation : -1;
      pendingContinuation = -1;
    } else if (open >= 0 && closes) {
      quotes.push({ start: open, end: i + 1, continues });
      open = -1;
      continues = -1;
    } else if (open >= 0 && OPENERS.has(ch) && text[i - 1] === ' ' && i - open > 1) {
      // A second opening mark inside an open quotation: the first one was never closed. Restart here.
      quotes.push({ start: open, end: trimEnd(text, i), continues });
      open = i;
      continues = -1;
    }
    if (ch !== '\n' && ch !== ' ' && !opens) {
      if (open < 0 && text[i - 1] === '\n') pendingContinuation = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: trimEnd(text, text.length), continues });
  return quotes.filter((q) => q.end - q.start > 1);
}

function isOpeningPosition(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  return /[\s(\[—–\-:;,/]/.test(before) || i === 0;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
