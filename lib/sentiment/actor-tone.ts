// actorTone: for each actor a claim mentions, the tone of the scored words attached to it. A scored word is
// attached to the nearest actor mention (in words) within a short window, so "Iranian-backed aggression
// continues to destabilize" counts against Iran, not against an actor at the other end of the sentence.
import type { ActorTone, Entity } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import { tokenRange, type Token } from '../annotations/tokens';
import type { ScoredToken } from './evaluative';

const ACTOR_KINDS: Entity['kind'][] = ['person', 'organization', 'place', 'actor'];
/** A scored word further than this many words from every mention is attached to no actor. */
const WINDOW = 10;

interface Mention {
  actor: string;
  from: number;
  to: number;
}

/** Actor mentions from the claims stage's entities; without them, runs of proper nouns. */
export function actorMentions(claim: ExtractedClaim, tokens: Token[], from: number, to: number): Mention[] {
  const entities = claim.entities.filter((e) => ACTOR_KINDS.includes(e.kind));
  if (entities.length > 0) {
    return entities
      .map((e) => {
        const [a, b] = tokenRange(tokens, e.start, e.end);
        return { actor: e.canonical || e.text, from: a, to: Math.max(a + 1, b) };
      })
      .filter((m) => m.from < to);
  }
  const mentions: Mention[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i].pos !== 'PROPN') continue;
    let j = i + 1;
    while (j < to && tokens[j].pos === 'PROPN') j++;
    mentions.push({ actor: tokens.slice(i, j).map((t) => t.value).join(' '), from: i, to: j });
    i = j - 1;
  }
  return mentions;
}

function distance(index: number, m: Mention): number {
  if (index < m.from) return m.from - index;
  if (index >= m.to) return index - m.to + 1;
  return 0;
}

export function actorTone(mentions: Mention[], scored: ScoredToken[]): ActorTone[] {
  const tones = new Map<string, ActorTone>();
  for (const m of mentions) if (!tones.has(m.actor)) tones.set(m.actor, { actor: m.actor, score: 0, words: [] });
  for (const s of scored) {
    let best: Mention | null = null;
    for (const m of mentions) if (distance(s.index, m) <= WINDOW && (!best || distance(s.index, m) < distance(s.index, best))) best = m;
    if (!best) continue;
    const tone = tones.get(best.actor)!;
    tone.score += s.score;
    tone.words.push({ word: s.word, score: s.score });
  }
  return [...tones.values()];
}
