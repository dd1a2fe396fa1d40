// Which side a quoted speaker speaks for: the country, party or body its role or name ties it to
// ("Iran's Deputy Foreign Minister" → Iran, "senior US officials" → United States, "the Kremlin" →
// Russia, "Republican leaders" → Republican Party), read off the claim's own entities, so the alias
// table (lexicons/aliases.json) that normalises them decides, and every side names the words it came
// from. A speaker whose role and name hold no such entity ("a cybersecurity company") has no side.
import type { Entity, Speaker } from '../contract/types';

export interface SpeakerSide {
  /** The canonical actor or body ("Iran", "United States", "Republican Party"). */
  side: string;
  /** The words of the role or name it was read from ("Iranian", "US"). */
  from: string;
}

const SIDE_KINDS = new Set<Entity['kind']>(['actor', 'organization']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `words` stand as whole words in `text`, or -1. */
function wordIndex(text: string, words: string): number {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}

export function speakerSide(speaker: Pick<Speaker, 'name' | 'role'>, entities: readonly Entity[]): SpeakerSide | null {
  // The role first ("Israeli, American and allied officials": the first named), then the name itself.
  for (const text of [speaker.role, speaker.name]) {
    if (!text) continue;
    let best: { at: number; entity: Entity } | null = null;
    for (const entity of entities) {
      if (!SIDE_KINDS.has(entity.kind) || !entity.text.trim()) continue;
      const at = wordIndex(text, entity.text);
      if (at >= 0 && (!best || at < best.at || (at === best.at && entity.text.length > best.entity.text.length))) best = { at, entity };
    }
    if (best) return { side: best.entity.canonical, from: best.entity.text };
  }
  return null;
}
