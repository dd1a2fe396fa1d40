// The last pass: each part becomes a claim with its speaker, quotations, entities, kind and check-worthiness.
import type { Entity, Speaker } from '../contract/types';
import type { ExtractedClaim, IngestedArticle } from '../contract/stages';
import type { Token, WinkEntity } from './tokens';
import type { Part } from './parts';
import type { PartQuotes } from './quote-placement';
import type { PartFrames } from './frames';
import type { Attribution, PartSpeaker } from './speaker-sources';
import type { People } from './people';
import { claimKind, kindCues, pastYear } from './kind';
import { checkworthiness } from './checkworthiness';
import { isFiniteVerb } from './clauses';
import { VERB_BY_FORM } from './verbs';

const COPULAS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

export interface ClaimInputs {
  tokens: Token[];
  inQuote: Uint8Array;
  wink: WinkEntity[];
  parts: Part[];
  placed: PartQuotes[];
  frames: PartFrames[];
  speakers: PartSpeaker[];
  people: People;
}

export function claimRecords(article: IngestedArticle, inputs: ClaimInputs): ExtractedClaim[] {
  const { tokens, parts, placed, people } = inputs;
  // History is relative to the article's own time: its publication year, else the latest year it mentions.
  const published = /^(\d{4})/.exec(article.publishedAt ?? '');
  const referenceYear = published ? Number(published[1]) : latestYear(inputs.wink, tokens);
  return parts.map((part, index) => {
    const text = article.text.slice(part.textStart, part.textEnd);
    const attribution = inputs.speakers[index].speaker;
    const speaker = attribution ? speakerOf(attribution, inputs) : null;
    const entities = people.entities[index];
    const cues = kindCues(text);
    const kind = claimKind({ headline: part.headline, attributed: speaker !== null, cues, pastYear: pastYear(entities, referenceYear) });
    const words = (text.match(/\S+/g) ?? []).length;
    const worth = checkworthiness({ kind, entities, speaker, eventVerb: eventVerb(tokens, part, inputs.inQuote), cues, words });
    return { id: `${article.id}c${index + 1}`, articleId: article.id, index, start: part.textStart, end: part.textEnd, text, paragraph: part.paragraph, kind, checkworthiness: worth, speaker, quotes: placed[index].spans, entities };
  });
}

function speakerOf(attribution: Attribution, inputs: ClaimInputs): Speaker {
  const { part, opener } = attribution.source;
  const named = (opener ? inputs.people.openerSpeakers : inputs.people.frameSpeakers)[part]!;
  const verb = (opener ? inputs.frames[part].opener : inputs.frames[part].frame)!.verbText;
  return { name: named.name, role: named.role, verb, quote: attribution.quote, vague: named.vague, mention: named.mention, content: attribution.content };
}

/** A language the analysis does not read: the parts as claims, with their quotations and nothing else. */
export function unreadClaims(article: IngestedArticle, parts: Part[], placed: PartQuotes[]): ExtractedClaim[] {
  return parts.map((part, index) => ({
    id: `${article.id}c${index + 1}`,
    articleId: article.id,
    index,
    start: part.textStart,
    end: part.textEnd,
    text: article.text.slice(part.textStart, part.textEnd),
    paragraph: part.paragraph,
    kind: 'event',
    checkworthiness: { score: 0, features: [`unsupported language (${article.language.code}): not analysed`] },
    speaker: null,
    quotes: placed[index].spans,
    entities: [] as Entity[],
  }));
}

function eventVerb(tokens: Token[], part: Part, inQuote: Uint8Array): string | null {
  for (let i = part.first; i < part.end; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || inQuote[i] || !isFiniteVerb(tokens, i)) continue;
    if (COPULAS.has(t.lower) || VERB_BY_FORM.has(t.lower)) continue;
    return t.value;
  }
  return null;
}

function latestYear(entities: WinkEntity[], tokens: Token[]): number | null {
  let latest: number | null = null;
  for (const e of entities) {
    if (e.type !== 'DATE') continue;
    for (let i = e.first; i <= e.last; i++) {
      const m = /^(1[89]|20)\d\d$/.exec(tokens[i].value);
      if (m) latest = Math.max(latest ?? 0, Number(tokens[i].value));
    }
  }
  return latest;
}
