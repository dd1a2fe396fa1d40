// Claims stage: clean text → atomic claims with offsets, kind, check-worthiness, speaker, quotations and entities.
// The article is read by wink once; everything after works on its token array.
import type { Entity, Span, Speaker } from '../contract/types';
import type { ArticleWithClaims, ExtractedClaim, IngestedArticle } from '../contract/stages';
import { firstTokenFrom } from '../nlp/token-search';
import { readText, type Token, type WinkEntity } from './tokens';
import { findQuotations, type Quotation } from './quotes';
import { sentenceRanges, type SentenceRange } from './sentences';
import { isFiniteVerb, splitClauses } from './clauses';
import { findFrame, findOpenFrame, type Frame, type FrameContext } from './attribution';
import { avoidSelfMention, identifySpeaker, notePerson, type SpeakerIdentity, type SpeakerMemory } from './speakers';
import { claimKind, kindCues, pastYear } from './kind';
import { checkworthiness } from './checkworthiness';
import { VERB_BY_FORM } from './verbs';
import { findEntities, PersonRegistry, type EntityScope } from '../entities';
import { isSubheadingLike } from '../ingest/headline';

const COPULAS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

interface Part {
  first: number;
  end: number;
  paragraph: number;
  headline: boolean;
  /** True when this part follows a clause split inside the same sentence. */
  continuation: boolean;
}

export function extractClaims(article: IngestedArticle): ArticleWithClaims {
  const text = article.text;
  if (!text.trim()) return { ...article, claims: [] };
  const read = readText(text);
  const { tokens } = read;
  const quotes = findQuotations(text);
  const inQuote = tokensInQuotes(tokens, quotes);
  const winkAt = new Map<number, WinkEntity>();
  const dateToken = new Uint8Array(tokens.length);
  for (const e of read.entities) {
    winkAt.set(e.first, e);
    if (e.type === 'DATE' || e.type === 'TIME') for (let i = e.first; i <= e.last; i++) dateToken[i] = 1;
  }
  const supported = article.language.supported;
  const titleLength = article.title && text.startsWith(article.title) ? article.title.length : -1;
  const parts = claimParts(text, tokens, sentenceRanges(text, read), inQuote, titleLength, supported);
  // History is relative to the article's own time: its publication year, else the latest year it mentions.
  const published = /^(\d{4})/.exec(article.publishedAt ?? '');
  const referenceYear = published ? Number(published[1]) : latestYear(read.entities, tokens);

  const people = new PersonRegistry();
  const scope: EntityScope = { text, tokens, winkAt, people };
  const frameContext: FrameContext = { text, tokens, quotes, dateToken, inQuote };
  const memory: SpeakerMemory = { lastPerson: null, lastSpeaker: null, lastThing: null, recentPersons: [], seen: [] };
  const mentions = new Map<string, Span>();
  const quoteSpeaker = new Map<number, Speaker>();
  const claims: ExtractedClaim[] = [];
  // The speaker of a frame that introduces the next claim's quotation ("… the prime minister continues. “…”").
  let opened: { speaker: Speaker; paragraph: number } | null = null;
  // Claims whose paraphrased content comes before a frame at their end ("Memories have faded, he said").
  const framedAtEnd = new Set<number>();

  parts.forEach((part, partIndex) => {
    const start = tokens[part.first].start;
    const end = tokens[part.end - 1].end;
    const claimText = text.slice(start, end);
    const index = claims.length;
    const quoteSpans = quotesIn(quotes, start, end, text);
    if (!supported) {
      claims.push(unsupportedClaim(article, index, start, end, claimText, part.paragraph, quoteSpans, article.language.code));
      return;
    }
    const frame = part.headline ? null : findFrame(frameContext, part.first, part.end);
    let speaker: Speaker | null = null;
    if (frame) {
      const pronoun = frame.speakerEnd - frame.speakerFirst === 1 && tokens[frame.speakerFirst].pos === 'PRON';
      let identity = identifySpeaker(text, tokens, frame.speakerFirst, frame.speakerEnd, people, memory);
      if (pronoun) identity = avoidSelfMention(identity, text.slice(frame.contentStart, frame.contentEnd), memory);
      const mention = spanOf(text, tokens[frame.speakerFirst].start, tokens[frame.speakerEnd - 1].end);
      const named = pronoun ? (identity.name ? mentions.get(identity.name) ?? null : null) : mention;
      speaker = buildSpeaker(text, identity, frame, named, quotes, start, end);
      // "Memories have faded, he said": paraphrase before a frame that closes the claim, which a coordinated clause may go on.
      if (frame.contentStart === start && frame.contentEnd <= tokens[frame.speakerFirst].start && speaker.quote === 'indirect') framedAtEnd.add(index);
      remember(memory, identity);
      if (named && identity.name && !pronoun) mentions.set(identity.name, named);
    } else if (!part.headline) {
      // Reported content that is a clause (it has a finite verb), not just a topic, carries on into a split-off clause.
      const clausal = (span: Span) => {
        for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i].start < span.end; i++) if (isFiniteVerb(tokens, i)) return true;
        return false;
      };
      speaker = inheritedSpeaker(text, part, partIndex, parts, claims, quotes, quoteSpeaker, start, end, clausal);
      const framed = framedAtEnd.has(index - 1) ? claims[index - 1] : undefined;
      if (!speaker && part.continuation && framed?.speaker?.content && clausal(framed.speaker.content) && COORDINATED_AFTER_FRAME.test(text.slice(framed.end, start))) {
        // "Memories have faded, he said, and Wal-Mart has moved on.": the paraphrase goes on after the frame.
        const content = spanOf(text, start, trimEndPunctuation(text, start, end));
        speaker = { ...framed.speaker, content, quote: isDirect(content, quotes) ? 'direct' : 'indirect' };
      }
      const opensQuote = /^["“]/.test(claimText);
      if (!speaker && opened && opensQuote && part.paragraph - opened.paragraph <= 1) {
        const content = spanOf(text, start, trimEndPunctuation(text, start, end));
        speaker = { ...opened.speaker, content, quote: isDirect(content, quotes) ? 'direct' : 'indirect' };
      }
      opened = null;
      const next = parts[partIndex + 1];
      const open = !speaker && next && /^["“]/.test(text.slice(tokens[next.first].start)) ? findOpenFrame(frameContext, part.first, part.end) : null;
      if (open) {
        const identity = identifySpeaker(text, tokens, open.speakerFirst, open.speakerEnd, people, memory);
        const pronoun = open.speakerEnd - open.speakerFirst === 1 && tokens[open.speakerFirst].pos === 'PRON';
        const mention = pronoun ? (identity.name ? mentions.get(identity.name) ?? null : null) : spanOf(text, tokens[open.speakerFirst].start, tokens[open.speakerEnd - 1].end);
        opened = { speaker: { name: identity.name, role: identity.role, verb: open.verbText, quote: 'direct', vague: identity.vague, mention, content: null }, paragraph: part.paragraph };
        remember(memory, identity);
      }
    }
    if (speaker) for (const q of quotes.keys()) if (overlaps(quotes[q], speaker.content ?? null)) quoteSpeaker.set(q, speaker);

    const entities = findEntities(scope, part.first, part.end, part.headline);
    rememberEntities(memory, mentions, entities, speaker);
    const cues = kindCues(claimText);
    const kind = claimKind({ headline: part.headline, attributed: speaker !== null, cues, pastYear: pastYear(entities, referenceYear) });
    const words = (claimText.match(/\S+/g) ?? []).length;
    claims.push({
      id: `${article.id}c${index + 1}`,
      articleId: article.id,
      index,
      start,
      end,
      text: claimText,
      paragraph: part.paragraph,
      kind,
      checkworthiness: checkworthiness({ kind, entities, speaker, eventVerb: eventVerb(tokens, part, inQuote), cues, words }),
      speaker,
      quotes: quoteSpans,
      entities,
    });
  });
  if (supported) attributeEarlierQuoteSentences(text, claims, quotes, quoteSpeaker);
  return { ...article, claims };
}

// "“Expect more of this. The Democrats were given a chance …,” he said.": the frame comes at the end of a quotation
// that spans sentences (or paragraphs), so the earlier sentences learn their speaker only afterwards.
function attributeEarlierQuoteSentences(text: string, claims: ExtractedClaim[], quotes: Quotation[], quoteSpeaker: Map<number, Speaker>) {
  for (let q = quotes.length - 1; q >= 0; q--) {
    const speaker = quoteSpeaker.get(q);
    const earlier = quotes[q].continues;
    if (speaker && earlier >= 0 && earlier < q && !quoteSpeaker.has(earlier)) quoteSpeaker.set(earlier, speaker);
  }
  for (const claim of claims) {
    if (claim.speaker || claim.kind === 'headline') continue;
    const q = quotes.findIndex((x) => x.start <= claim.start && claim.start < x.end);
    const speaker = q >= 0 ? quoteSpeaker.get(q) : undefined;
    if (!speaker) continue;
    const content = spanOf(text, claim.start, Math.min(trimEndPunctuation(text, claim.start, claim.end), quotes[q].end));
    claim.speaker = { ...speaker, content, quote: isDirect(content, quotes) ? 'direct' : 'indirect' };
    claim.kind = 'statement';
    const score = Math.min(1, claim.checkworthiness.score + (speaker.vague ? -0.1 : 0.05));
    claim.checkworthiness = { score: Math.round(Math.max(0, score) * 100) / 100, features: [...claim.checkworthiness.features, speaker.vague ? 'vague source' : `attributed to ${speaker.name ?? speaker.role}`] };
  }
}

/** Sentences → claim parts: the title and subheadings stay whole; other sentences split at clause joints. */
function claimParts(text: string, tokens: Token[], sentences: SentenceRange[], inQuote: Uint8Array, titleLength: number, supported: boolean): Part[] {
  const parts: Part[] = [];
  const byParagraph = new Map<number, SentenceRange[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const paragraphs = [...byParagraph.keys()].sort((a, b) => a - b);
  for (const p of paragraphs) {
    const list = byParagraph.get(p)!;
    const pStart = tokens[list[0].first].start;
    const pEnd = tokens[list[list.length - 1].end - 1].end;
    const paragraphText = text.slice(pStart, pEnd);
    const isTitle = titleLength > 0 && pStart === 0;
    // wink's part-of-speech tags mean little in capitals ("WHAT THE DEAL SAYS"), so a line in capitals needs no verb test.
    const isSubheading = !isTitle && p !== paragraphs[paragraphs.length - 1] && isSubheadingLike(paragraphText) && (isAllCapitals(paragraphText) || list.every((s) => !hasVerb(tokens, s)));
    if (isTitle || isSubheading) {
      parts.push({ first: list[0].first, end: list[list.length - 1].end, paragraph: p, headline: true, continuation: false });
      continue;
    }
    for (const s of list) {
      const clauses = supported ? splitClauses(tokens, s.first, s.end, inQuote) : [{ first: s.first, end: s.end }];
      clauses.forEach((c, k) => parts.push({ first: c.first, end: c.end, paragraph: p, headline: false, continuation: k > 0 }));
    }
  }
  return parts;
}

function isAllCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

function hasVerb(tokens: Token[], s: SentenceRange): boolean {
  for (let i = s.first; i < s.end; i++) if (isFiniteVerb(tokens, i)) return true;
  return false;
}

function tokensInQuotes(tokens: Token[], quotes: Quotation[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (q < quotes.length && quotes[q].end <= tokens[i].start) q++;
    if (q < quotes.length && quotes[q].start < tokens[i].start && tokens[i].start < quotes[q].end - 1) marks[i] = 1;
  }
  return marks;
}

function quotesIn(quotes: Quotation[], start: number, end: number, text: string): Span[] {
  const spans: Span[] = [];
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    const s = Math.max(q.start, start);
    const e = Math.min(q.end, end);
    if (e > s) spans.push(spanOf(text, s, e));
  }
  return spans;
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function overlaps(q: Quotation, span: Span | null): boolean {
  return !!span && q.start < span.end && span.start < q.end;
}

function buildSpeaker(text: string, identity: SpeakerIdentity, frame: Frame, mention: Span | null, quotes: Quotation[], start: number, end: number): Speaker {
  const cs = Math.max(start, frame.contentStart);
  const ce = Math.min(end, frame.contentEnd);
  const content = ce > cs ? spanOf(text, cs, ce) : null;
  return {
    name: identity.name,
    role: identity.role,
    verb: frame.verbText,
    quote: content && isDirect(content, quotes) ? 'direct' : 'indirect',
    vague: identity.vague,
    mention,
    content,
  };
}

// Direct when the reported content opens with a quotation mark or is almost all quotation.
function isDirect(content: Span, quotes: Quotation[]): boolean {
  if (/^["“„«]/.test(content.text)) return true;
  let quoted = 0;
  for (const q of quotes) quoted += Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start));
  return quoted >= 0.8 * (content.end - content.start);
}

function lastFor(identity: SpeakerIdentity, memory: SpeakerMemory): SpeakerIdentity | undefined {
  return [...memory.seen].reverse().find((s) => s.name === identity.name && s.role === identity.role) ?? memory.seen.find((s) => s.name === identity.name);
}

function remember(memory: SpeakerMemory, identity: SpeakerIdentity) {
  const known = lastFor(identity, memory);
  const kept = known ?? identity;
  if (!known) memory.seen.push(identity);
  memory.lastSpeaker = kept;
  if (identity.person && identity.name) notePerson(memory, kept);
}

// "He"/"she" in the next claim most likely means this claim's subject: its speaker, else its first person named;
// "it" its first actor or organisation.
function rememberEntities(memory: SpeakerMemory, mentions: Map<string, Span>, entities: Entity[], speaker: Speaker | null) {
  for (const e of entities) if (e.kind === 'person') mentions.set(e.canonical, { start: e.start, end: e.end, text: e.text });
  const person = entities.find((e) => e.kind === 'person');
  if (person && !(speaker && speaker.name && memory.lastPerson?.name === speaker.name)) {
    notePerson(memory, { name: person.canonical, role: person.detail ?? null, vague: false, person: true });
  }
  const thing = entities.find((e) => e.kind === 'actor' || e.kind === 'organization');
  if (thing) memory.lastThing = { name: thing.canonical, role: null, vague: false, person: false };
}

// A claim without its own frame speaks for the speaker of the quotation it is in, or of the clause it was split from,
// or of the previous claim when it opens a new quotation in the same paragraph ("“…,” he said. “…”").
function inheritedSpeaker(
  text: string,
  part: Part,
  partIndex: number,
  parts: Part[],
  claims: ExtractedClaim[],
  quotes: Quotation[],
  quoteSpeaker: Map<number, Speaker>,
  start: number,
  end: number,
  clausal: (content: Span) => boolean,
): Speaker | null {
  const previous = claims[claims.length - 1];
  const inherit = (from: Speaker, contentStart: number, contentEnd: number): Speaker => {
    const content = spanOf(text, contentStart, contentEnd);
    return { ...from, content, quote: isDirect(content, quotes) ? 'direct' : 'indirect' };
  };
  const contentEnd = trimEndPunctuation(text, start, end);
  const q = quotes.findIndex((x) => x.start <= start && start < x.end);
  if (q >= 0) {
    const quote = quotes[q];
    let source = quoteSpeaker.get(q);
    // Each step goes to an earlier quotation, so the walk ends whatever the indices say.
    for (let chain = quote.continues, bound = q; !source && chain >= 0 && chain < bound; bound = chain, chain = quotes[chain].continues) {
      source = quoteSpeaker.get(chain);
    }
    const sameParagraph = previous && previous.paragraph === part.paragraph;
    if (!source && quote.start === start && sameParagraph && previous.speaker) source = previous.speaker;
    if (!source && quote.start < start && previous?.speaker && previous.end > quote.start) source = previous.speaker;
    if (source) return inherit(source, start, Math.min(contentEnd, quote.end));
  }
  if (part.continuation && previous?.speaker?.content && previous.speaker.content.end >= previous.end - 1 && partIndex > 0 && clausal(previous.speaker.content)) {
    return inherit(previous.speaker, start, contentEnd);
  }
  return null;
}


// Only a coordinator right after the frame carries the paraphrase on; "while", "although" introduce the reporter's aside.
const COORDINATED_AFTER_FRAME = /^\s*,\s*(and|but|yet)\s+$/i;

function trimEndPunctuation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && /[.!?]/.test(text[e - 1])) e--;
  return e;
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

function unsupportedClaim(article: IngestedArticle, index: number, start: number, end: number, text: string, paragraph: number, quotes: Span[], code: string): ExtractedClaim {
  return {
    id: `${article.id}c${index + 1}`,
    articleId: article.id,
    index,
    start,
    end,
    text,
    paragraph,
    kind: 'event',
    checkworthiness: { score: 0, features: [`unsupported language (${code}): not analysed`] },
    speaker: null,
    quotes,
    entities: [] as Entity[],
  };
}
