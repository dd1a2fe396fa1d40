// Cuts a stretch of article text into segments so overlapping marks (annotations, quotations, the
// speaker's name) can be rendered as flat, non-nested elements. Offsets index the article's text.
import type { Annotation, Claim, Span } from '../contract/types';

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  annotations: Annotation[];
  quote: boolean;
  speaker: boolean;
}

export interface Marks {
  annotations: Annotation[];
  quotes: Pick<Span, 'start' | 'end'>[];
  speakers: Pick<Span, 'start' | 'end'>[];
}

const covers = (span: { start: number; end: number }, start: number, end: number) => span.start <= start && span.end >= end;

/** Segments of `text.slice(from, to)`; marks outside the range are clipped, empty marks ignored. */
export function segmentText(text: string, from: number, to: number, marks: Marks): TextSegment[] {
  const inRange = <T extends { start: number; end: number }>(spans: T[]) =>
    spans.filter((s) => s.end > s.start && s.end > from && s.start < to);
  const annotations = inRange(marks.annotations);
  const quotes = inRange(marks.quotes);
  const speakers = inRange(marks.speakers);
  const cuts = new Set([from, to]);
  for (const s of [...annotations, ...quotes, ...speakers]) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      annotations: annotations.filter((a) => covers(a, start, end)),
      quote: quotes.some((q) => covers(q, start, end)),
      speaker: speakers.some((s) => covers(s, start, end)),
    });
  }
  return mergeAdjacent(segments);
}

/** Neighbours with identical marks become one segment, so a highlight is one focusable element. */
function mergeAdjacent(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.quote === segment.quote &&
      last.speaker === segment.speaker &&
      last.annotations.length === segment.annotations.length &&
      last.annotations.every((a, i) => a === segment.annotations[i])
    ) {
      merged[merged.length - 1] = { ...last, end: segment.end, text: last.text + segment.text };
    } else merged.push(segment);
  }
  return merged;
}

/** The marks a claim carries: its annotations, its quotations and where its speaker is named. */
export function claimMarks(claim: Claim): Marks {
  const mention = claim.speaker?.mention;
  return { annotations: claim.annotations, quotes: claim.quotes, speakers: mention ? [mention] : [] };
}

export function segmentClaim(articleText: string, claim: Claim): TextSegment[] {
  return segmentText(articleText, claim.start, claim.end, claimMarks(claim));
}
