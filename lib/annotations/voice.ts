// Whose words a span is: inside a direct quotation or the speaker's reported content it is the quoted
// speaker's ('quoted'); everywhere else it is the outlet's own voice ('narrator').
import type { Span } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';

export function quotedSpans(claim: ExtractedClaim): Span[] {
  const spans = [...claim.quotes];
  if (claim.speaker?.content) spans.push(claim.speaker.content);
  return spans;
}

export function voiceOf(start: number, end: number, quoted: Span[]): 'narrator' | 'quoted' {
  return quoted.some((q) => q.start <= start && end <= q.end) ? 'quoted' : 'narrator';
}
