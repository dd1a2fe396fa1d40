// Runs the claims passes one by one on inline text, so each pass can be checked on the results of the ones before it.
import { readText } from '@/lib/claims/tokens';
import { readQuotations } from '@/lib/claims/quotes';
import { claimParts } from '@/lib/claims/parts';
import { placeQuotes } from '@/lib/claims/quote-placement';
import { findFrames } from '@/lib/claims/frames';
import { speakerSources } from '@/lib/claims/speaker-sources';
import { readPeople } from '@/lib/claims/people';

export function runPasses(text: string, titleLength = -1) {
  const read = readText(text);
  const quotations = readQuotations(text, read.tokens);
  const parts = claimParts(text, read, quotations.inQuote, { titleLength, split: true });
  const placed = placeQuotes(text, parts, quotations.list);
  const frames = findFrames(text, read, quotations, parts);
  const speakers = speakerSources(text, read.tokens, parts, frames, quotations.list, placed);
  const people = readPeople(text, read, parts, frames, speakers);
  return { text, read, quotations, parts, placed, frames, speakers, people };
}

/** The text of each part, for readable expectations. */
export const partTexts = (run: ReturnType<typeof runPasses>) => run.parts.map((p) => run.text.slice(p.textStart, p.textEnd));

/** Index of the part whose text contains `fragment`. */
export function partWith(run: ReturnType<typeof runPasses>, fragment: string): number {
  const k = partTexts(run).findIndex((t) => t.includes(fragment));
  if (k < 0) throw new Error(`no part contains "${fragment}"`);
  return k;
}
