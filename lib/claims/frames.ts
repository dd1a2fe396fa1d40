// The frames pass: each part's reporting frame ("X said …", "…,” X said", "according to X"), and for a part without one
// the frame at its end that opens the next part's quotation ("… as the prime minister continues." then "“…”").
// Frames are read from the part's own tokens (the grammar is in attribution.ts); nothing here knows who the speaker is.
import type { ReadText } from './tokens';
import type { Quotations } from './quotes';
import type { Part } from './parts';
import { findFrame, findOpenFrame, leadCounts, type Frame, type FrameContext, type OpenFrame } from './attribution';

export interface PartFrames {
  frame: Frame | null;
  /** Only for a part without a frame whose next part opens with a quotation mark. */
  opener: OpenFrame | null;
}

export function findFrames(text: string, read: ReadText, quotations: Quotations, parts: Part[]): PartFrames[] {
  const { tokens } = read;
  const dateToken = new Uint8Array(tokens.length);
  for (const e of read.entities) if (e.type === 'DATE' || e.type === 'TIME') for (let i = e.first; i <= e.last; i++) dateToken[i] = 1;
  const ctx: FrameContext = { text, tokens, dateToken, inQuote: quotations.inQuote, lead: leadCounts(tokens) };
  return parts.map((part, k) => {
    if (part.headline) return { frame: null, opener: null };
    const frame = findFrame(ctx, part.first, part.end);
    const next = parts[k + 1];
    const nextOpensQuote = !!next && opensWithQuote(text, next);
    return { frame, opener: !frame && nextOpensQuote ? findOpenFrame(ctx, part.first, part.end) : null };
  });
}

export function opensWithQuote(text: string, part: Part): boolean {
  const c = text[part.textStart];
  return c === '"' || c === '“';
}
