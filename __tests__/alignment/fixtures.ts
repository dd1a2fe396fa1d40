// Builds AnalyzedArticle fixtures from inline sentences: one claim per sentence, offsets exact, with optional
// speaker (name, role and the reported content) and entities given by their text.
import type { AnalyzedArticle, Claim, Entity, EntityKind } from '@/lib/contract/types';

export interface ClaimSpec {
  text: string;
  speaker?: { name: string | null; role: string | null; content?: string };
  entities?: { text: string; kind: EntityKind; canonical: string }[];
  score?: number;
}

export function article(id: string, outlet: string, specs: (string | ClaimSpec)[]): AnalyzedArticle {
  const claims: Claim[] = [];
  let text = '';
  specs.map((s) => (typeof s === 'string' ? { text: s } : s)).forEach((spec, index) => {
    if (index) text += ' ';
    const start = text.length;
    text += spec.text;
    const at = (part: string) => {
      const i = spec.text.indexOf(part);
      if (i < 0) throw new Error(`fixture: "${part}" not in "${spec.text}"`);
      return { start: start + i, end: start + i + part.length, text: part };
    };
    const entities: Entity[] = (spec.entities ?? []).map((e) => ({ ...at(e.text), kind: e.kind, canonical: e.canonical }));
    claims.push({
      id: `${id}c${index + 1}`,
      articleId: id,
      index,
      paragraph: 0,
      start,
      end: start + spec.text.length,
      text: spec.text,
      kind: spec.speaker ? 'statement' : 'event',
      checkworthiness: { score: 0.5, features: [] },
      speaker: spec.speaker
        ? { name: spec.speaker.name, role: spec.speaker.role, verb: 'said', quote: 'indirect', vague: !spec.speaker.name, content: spec.speaker.content ? at(spec.speaker.content) : null }
        : null,
      quotes: [],
      entities,
      sentiment: { score: spec.score ?? 0, comparative: 0, label: (spec.score ?? 0) < 0 ? 'negative' : (spec.score ?? 0) > 0 ? 'positive' : 'neutral', words: [], actorTone: [] },
      annotations: [],
      frames: [],
    });
  });
  return {
    id, outlet, title: '', byline: null, dateline: null, publishedAt: null, url: null,
    language: { code: 'en', supported: true }, text, wordCount: text.split(/\s+/).length, removed: [], claims,
  };
}

/** The group holding a claim. */
export const groupOf = <G extends { claims: string[] }>(groups: G[], claim: string): G => groups.find((g) => g.claims.includes(claim))!;
