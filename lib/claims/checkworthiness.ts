// Check-worthiness in 0..1: named actors, numbers, dates and an event verb make a claim checkable; evaluation,
// vague sourcing and very short fragments make it less so. The features list says what moved the score.
import type { CheckWorthiness, ClaimKind, Entity, Speaker } from '../contract/types';
import type { KindCues } from './kind';

export interface WorthinessInput {
  kind: ClaimKind;
  entities: Entity[];
  speaker: Speaker | null;
  eventVerb: string | null;
  cues: KindCues;
  words: number;
}

const ACTOR_KINDS = new Set(['actor', 'person', 'organization', 'place']);
const NUMBER_KINDS = new Set(['number', 'money', 'percent']);

export function checkworthiness(input: WorthinessInput): CheckWorthiness {
  const features: string[] = [];
  let score = 0.15;
  const actors = [...new Set(input.entities.filter((e) => ACTOR_KINDS.has(e.kind)).map((e) => e.canonical))];
  const numbers = input.entities.filter((e) => NUMBER_KINDS.has(e.kind));
  const dates = input.entities.filter((e) => e.kind === 'date');
  if (actors.length > 0) {
    score += actors.length > 1 ? 0.25 : 0.15;
    features.push(`named actors: ${actors.slice(0, 4).join(', ')}`);
  }
  if (numbers.length > 0) {
    score += 0.2;
    features.push(`numbers: ${numbers.slice(0, 3).map((n) => n.text).join(', ')}`);
  }
  if (dates.length > 0) {
    score += 0.15;
    features.push(`dates: ${dates.slice(0, 3).map((d) => d.text).join(', ')}`);
  }
  if (input.eventVerb) {
    score += 0.15;
    features.push(`event verb: ${input.eventVerb}`);
  }
  if (input.speaker) {
    if (input.speaker.vague) {
      score -= 0.1;
      features.push('vague source');
    } else {
      score += 0.05;
      features.push(`attributed to ${input.speaker.name ?? input.speaker.role}`);
    }
  }
  if (input.cues.opinion) {
    score -= 0.25;
    features.push(`evaluative or prescriptive wording: ${input.cues.opinion}`);
  }
  if (input.kind === 'headline') {
    score -= 0.15;
    features.push('headline');
  }
  if (input.words < 6) {
    score -= 0.1;
    features.push('very short');
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, features };
}
