// How each annotation kind is named and marked. Each kind has its own underline style AND a marker
// symbol, so highlights stay distinguishable without colour (and in a black-and-white printout).
import type { AnnotationKind } from '../contract/types';

export interface AnnotationKindInfo {
  kind: AnnotationKind;
  label: string;
  /** Printed after the highlighted words, in the legend and in exports. */
  marker: string;
  /** What the underline looks like, in words, for the legend. */
  underline: string;
  explanation: string;
}

export const ANNOTATION_KINDS: AnnotationKindInfo[] = [
  { kind: 'loaded', label: 'Loaded wording', marker: '!', underline: 'thick solid', explanation: 'Emotive words that push a feeling.' },
  { kind: 'label', label: 'Label for an actor', marker: '#', underline: 'double', explanation: 'A name that judges a person or group.' },
  { kind: 'hedge', label: 'Hedge', marker: '~', underline: 'dotted', explanation: 'Softens or makes a statement less certain.' },
  { kind: 'booster', label: 'Booster', marker: '+', underline: 'dashed', explanation: 'Makes a statement sound stronger or more certain.' },
  { kind: 'reporting-verb', label: 'Loaded reporting verb', marker: '»', underline: 'wavy', explanation: 'A verb of saying that hints at doubt or guilt ("claimed", "admitted").' },
  { kind: 'vague-source', label: 'Vague source', marker: '?', underline: 'dotted, with a line above', explanation: 'Nobody is named as the source ("officials said").' },
  { kind: 'subjective', label: 'Subjective evaluation', marker: '*', underline: 'solid thin', explanation: 'The writer’s own judgement.' },
  { kind: 'agentless', label: 'Agentless passive', marker: '∅', underline: 'dashed, with a line above', explanation: 'Says what happened but not who did it.' },
];

const BY_KIND = new Map(ANNOTATION_KINDS.map((k) => [k.kind, k]));

/** Unknown kinds (a later stage may add one) still render, with a generic marker. */
export function annotationKindInfo(kind: string): AnnotationKindInfo {
  return BY_KIND.get(kind as AnnotationKind) ?? { kind: kind as AnnotationKind, label: kind, marker: '•', underline: 'solid thin', explanation: '' };
}
