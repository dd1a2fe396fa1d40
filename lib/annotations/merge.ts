// One word gets one judgement: where findings of the wording kinds (label, loaded, subjective) or of one
// kind overlap, the longest wins (ties: the earlier rule), so "terror group" is one label, not a label plus
// a loaded "terror". Different dimensions (a hedge inside a vague source) are kept side by side.
import type { AnnotationKind } from '../contract/types';
import type { Finding } from './types';

const WORDING: AnnotationKind[] = ['label', 'loaded', 'subjective'];
const family = (kind: AnnotationKind) => (WORDING.includes(kind) ? 'wording' : kind);

export function mergeFindings(findings: Finding[]): Finding[] {
  const ranked = findings
    .map((f, order) => ({ f, order }))
    .sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.order - b.order);
  const kept: Finding[] = [];
  for (const { f } of ranked) {
    const clash = kept.some((k) => family(k.kind) === family(f.kind) && k.start < f.end && f.start < k.end);
    if (!clash) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
