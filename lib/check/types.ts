// The editor's check: what a draft lacks, states differently, states alone, quotes differently, and
// words more loadedly than the references describing the same happenings. Built on one Analysis of
// [draft, ...references]; every item points at exact offsets of the analysed texts.
import type { Span } from '../contract/types';

export interface ClaimRef extends Span {
  article: string;
  outlet: string;
  claim: string;
}

export interface MissingFact extends ClaimRef {
  /** How many references carry this happening (this one included). */
  carriedBy: number;
  checkworthiness: number;
  /** The group of the analysis this happening is in. */
  group: string;
  /** Why it counts as missing: the draft's closest claim and how much of this one it holds. */
  closest: { claim: string; text: string; overlap: number } | null;
}

export type ConflictKind = 'number' | 'date' | 'role-holder' | 'polarity';

export interface ConflictValue extends ClaimRef {
  value: string;
}

export interface Conflict {
  kind: ConflictKind;
  /** What the values disagree about: the counted thing, the kind of date, the role. */
  subject: string;
  draft: ConflictValue;
  references: ConflictValue[];
  note: string;
}

export type Sourcing = 'named' | 'vague' | 'none';

export interface DraftOnlyClaim extends ClaimRef {
  sourcing: Sourcing;
  speaker: string | null;
  checkworthiness: number;
}

export interface WordChange {
  op: 'same' | 'draft' | 'reference';
  text: string;
}

export type QuoteFindingKind = 'speaker-absent' | 'different-words' | 'different-speaker';

export interface QuoteFinding {
  kind: QuoteFindingKind;
  speaker: string;
  /** The draft's quotation; null when the speaker is absent from the draft. */
  draft: (ClaimRef & { quote: string; speaker: string | null }) | null;
  reference: ClaimRef & { quote: string; speaker: string | null };
  /** Word by word, for different words. */
  diff?: WordChange[];
  note: string;
}

export interface WordingFinding extends ClaimRef {
  kind: string;
  /** The draft's word or phrase, as written. */
  word: { start: number; end: number; text: string };
  note: string;
  alternative: string | null;
  entry: string;
  /** What the references write in its place, where they describe the same thing in other words. */
  references: { outlet: string; claim: string; text: string }[];
}

export interface CheckedArticle {
  article: string;
  outlet: string;
  title: string;
  claims: number;
  /** The clean text every offset of the report points into. */
  text: string;
}

export interface CheckReport {
  draft: CheckedArticle;
  references: CheckedArticle[];
  missing: MissingFact[];
  conflicts: Conflict[];
  draftOnly: DraftOnlyClaim[];
  quotes: QuoteFinding[];
  wording: WordingFinding[];
  summary: { missing: string; conflicts: string; draftOnly: string; quotes: string; wording: string };
}
