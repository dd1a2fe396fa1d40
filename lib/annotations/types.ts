// What a rule sees and what it returns: a rule reads one claim's tokens and reports findings with offsets.
import type { AnnotationKind } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import type { Token } from './tokens';

export interface RuleContext {
  text: string;
  claim: ExtractedClaim;
  tokens: Token[];
  /** Token index range `[from, to)` of the claim. */
  from: number;
  to: number;
}

/** An annotation before its voice is known. */
export interface Finding {
  kind: AnnotationKind;
  start: number;
  end: number;
  note: string;
  alternative?: string;
  entry: string;
  source: string;
}

export type Rule = (context: RuleContext) => Finding[];
