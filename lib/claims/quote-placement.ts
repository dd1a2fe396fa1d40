// The quote placement pass: which quotations each part overlaps and which one it starts in. Parts and quotations are
// both in text order and never overlap among themselves, so one cursor walks both lists once.
import type { Span } from '../contract/types';
import type { Quotation } from './quotes';
import type { Part } from './parts';

export interface PartQuotes {
  /** The quotation text inside the part, clipped to it. */
  spans: Span[];
  /** Indices [first, end) of the quotations the part overlaps. */
  first: number;
  end: number;
  /** Index of the quotation the part starts in, or -1. */
  around: number;
}

export function placeQuotes(text: string, parts: Part[], quotes: Quotation[]): PartQuotes[] {
  let cursor = 0;
  return parts.map((part) => {
    const { textStart: start, textEnd: end } = part;
    while (cursor < quotes.length && quotes[cursor].end <= start) cursor++;
    let q = cursor;
    const spans: Span[] = [];
    for (; q < quotes.length && quotes[q].start < end; q++) {
      const s = Math.max(quotes[q].start, start);
      const e = Math.min(quotes[q].end, end);
      spans.push({ start: s, end: e, text: text.slice(s, e) });
    }
    const around = cursor < quotes.length && quotes[cursor].start <= start && start < quotes[cursor].end ? cursor : -1;
    return { spans, first: cursor, end: q, around };
  });
}

/** Direct when the reported content opens with a quotation mark or is almost all quotation. */
export function isDirect(content: Span, quotes: Quotation[], placed: PartQuotes): boolean {
  if (/^["“„«]/.test(content.text)) return true;
  let quoted = 0;
  for (let q = placed.first; q < placed.end; q++) quoted += Math.max(0, Math.min(quotes[q].end, content.end) - Math.max(quotes[q].start, content.start));
  return quoted >= 0.8 * (content.end - content.start);
}
