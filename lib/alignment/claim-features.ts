// What alignment reads from one claim: weighted terms of the reported content (attribution frame left out),
// actors, numbers, dates, negation and the speaker. Computed once per claim; comparisons only read it.
import type { Claim } from '../contract/types';
import { normaliseWord } from './normalise';
import { firstTokenFrom } from '../nlp/token-search';
import {
  ATTRIBUTION, BACKGROUND_COUNT, MONTHS, MULTIPLIERS, NEGATIONS, NUMBER_WORDS, ORDINALS, STOPWORDS, SYNONYM_CLASS, WEEKDAYS,
} from './lexicons';

export interface Quantity {
  /** Normalised value ("1200", "5"). */
  value: string;
  /** Key of the counted thing ("civilian", "round", "percent", "$"), or "" when unknown. */
  unit: string;
  /** As written, for explanations ("over 1,200", "fifth round"). */
  text: string;
}

export interface DateMention {
  /** `weekday`, `month` (month with or without day) or `year`: only mentions of one type can disagree. */
  type: 'weekday' | 'month' | 'year';
  value: string;
  text: string;
}

/** Terms that only carry sentence structure (function words, pairs of words): weighed, never shown. */
export const isFunctionTerm = (key: string) => key.startsWith('^') || STOPWORDS.has(key);

export interface ClaimFeatures {
  id: string;
  articleId: string;
  /** Relative position in its article, 0..1, for narrative order. */
  position: number;
  /** Term key → surface form first seen. Keys: `~class` (synonyms), `@actor`, or a word key. */
  terms: Map<string, string>;
  /** Terms of the attribution frame when no speaker content is known: weighted down, not dropped. */
  frameTerms: Set<string>;
  /** Every word key of the whole claim text, frame included, as written (no names or synonyms joined): the plain overlap. */
  plainKeys: string[];
  /** Terms only outside the speaker's content (who said it, to whom): they count, at a share of their weight. */
  contextTerms: Set<string>;
  /** Share of weight for words of multi-word names (1/√words). */
  nameShare: Map<string, number>;
  /** Actor key (lower-case canonical) → display name. */
  actors: Map<string, string>;
  /** Actor keys of places named as places ("in Rome", not "European"): where a happening took place. */
  places: Set<string>;
  quantities: Quantity[];
  dates: DateMention[];
  /** Content terms a negation governs ("did not agree" → agree): polarity is compared on these only. */
  negated: Map<string, string>;
  /** Terms within a few words after any negation: such a term is not clearly affirmed either. */
  nearNegation: Set<string>;
  speaker: { name: string | null; role: string | null } | null;
  /** The text compared: the speaker's content when known, else the claim. */
  core: string;
  sentiment: number;
}

const ACTOR_KINDS = new Set(['person', 'organization', 'place', 'actor']);
const TOKEN = /\p{L}+(?:['’]\p{L}+)*(?:\.\p{L}\.?)*|\d+(?:[.,]\d+)*|[$%]/gu;
const COMMON_CAPITALISED = 2000; // a sentence-initial capitalised word this frequent is not a name

interface Token {
  text: string;
  key: string;
  start: number;
  capital: boolean;
}

export interface FeatureOptions {
  /** Map near-synonyms to one class (talks ≈ negotiations). */
  synonyms?: boolean;
  /** Add pairs of neighbouring content words (`^talk rome`): word order evidence. */
  bigrams?: boolean;
}

export function claimFeatures(claim: Claim, claimsInArticle: number, options: FeatureOptions = {}): ClaimFeatures {
  const useSynonyms = options.synonyms ?? true;
  const content = claim.speaker?.content;
  const useContent = !!content && content.end > content.start && content.text.trim().length > 0;
  const core = useContent ? content!.text : claim.text;
  const coreStart = useContent ? content!.start : claim.start;
  const tokens = tokenise(core, coreStart);
  const actorEntities = claim.entities.filter((e) => ACTOR_KINDS.has(e.kind) && e.canonical);

  const terms = new Map<string, string>();
  const frameTerms = new Set<string>();
  const actors = new Map<string, string>();
  const places = new Set<string>();
  const entityAt = coveringSpans(tokens, actorEntities);
  for (const e of actorEntities) {
    if (e.end <= coreStart || e.start >= coreStart + core.length) continue;
    const key = e.canonical.toLowerCase();
    actors.set(key, e.canonical);
    // a place named as such ("in Rome"), not through an adjective ("European cities"): where it happened
    if (e.kind === 'place' && e.canonical.toLowerCase().includes(e.text.toLowerCase())) places.add(key);
    if (!terms.has(`@${key}`)) terms.set(`@${key}`, e.canonical);
  }
  // Without entities from the claims stage, the words of a multi-word name ("International Atomic Energy Agency")
  // share the weight of about one word, so that one long name is not four matches.
  const runs = actorEntities.length ? [] : capitalisedRuns(tokens);
  const runAt = coveringSpans(tokens, runs.filter((r) => r.tokens.length > 1));
  const nameShare = new Map<string, number>();
  const sequence: string[] = [];
  tokens.forEach((t, i) => {
    const run = runAt[i];
    if (run) {
      const key = (useSynonyms && SYNONYM_CLASS.get(t.key)) || t.key;
      const share = 1 / Math.sqrt(run.tokens.length);
      nameShare.set(key, Math.min(nameShare.get(key) ?? 1, share));
    }
    const e = entityAt[i];
    if (e) {
      const key = `@${e.canonical.toLowerCase()}`;
      if (sequence[sequence.length - 1] !== key) sequence.push(key);
      return;
    }
    if (/^\d/.test(t.text) || t.text === '$' || t.text === '%') return;
    if (NEGATIONS.has(t.text.toLowerCase()) || t.key.length < 2 || /n['’]t$/i.test(t.text)) return;
    const key = (useSynonyms && SYNONYM_CLASS.get(t.key)) || t.key;
    sequence.push(key);
    if (!terms.has(key)) terms.set(key, t.text);
    else if (!terms.get(key)!.toLowerCase().split('/').includes(t.text.toLowerCase())) terms.set(key, `${terms.get(key)}/${t.text}`);
    if (!useContent && ATTRIBUTION.has(t.key)) frameTerms.add(key);
  });
  for (const run of runs) actors.set(run.key, run.name);
  // the speaker and the rest of the frame ("said publisher Arthur Sulzberger"): two reports of one statement share them
  const contextTerms = new Set<string>();
  if (useContent) {
    const outside = tokenise(claim.text, claim.start).filter((t) => t.start < content!.start || t.start >= content!.end);
    const outsideEntityAt = coveringSpans(outside, actorEntities);
    outside.forEach((t, i) => {
      const e = outsideEntityAt[i];
      if (!e && (/^\d/.test(t.text) || t.text === '$' || t.text === '%' || NEGATIONS.has(t.text.toLowerCase()) || t.key.length < 2 || /n['’]t$/i.test(t.text))) return;
      const key = e ? `@${e.canonical.toLowerCase()}` : (useSynonyms && SYNONYM_CLASS.get(t.key)) || t.key;
      if (terms.has(key)) return;
      terms.set(key, e ? e.canonical : t.text);
      if (!e && ATTRIBUTION.has(t.key)) frameTerms.add(key);
      else contextTerms.add(key);
    });
  }
  // numbers are words of the claim too ("to 1,650"): their agreement is judged apart, their overlap counts here
  const claimQuantities = quantities(tokens);
  for (const q of claimQuantities) if (!terms.has(`=${q.value}`)) terms.set(`=${q.value}`, q.text);
  if (options.bigrams ?? false) {
    for (let i = 1; i < sequence.length; i++) {
      if (frameTerms.has(sequence[i]) || frameTerms.has(sequence[i - 1])) continue;
      const key = `^${sequence[i - 1]} ${sequence[i]}`;
      if (!terms.has(key)) terms.set(key, '');
    }
  }

  return {
    id: claim.id,
    articleId: claim.articleId,
    position: claimsInArticle > 1 ? claim.index / (claimsInArticle - 1) : 0,
    terms,
    frameTerms,
    contextTerms,
    plainKeys: [...new Set((useContent ? tokenise(claim.text, claim.start) : tokens).map((t) => t.key.toLowerCase()))],
    nameShare,
    actors,
    places,
    quantities: claimQuantities,
    dates: dates(tokens),
    negated: negatedTerms(tokens, useSynonyms, NEGATION_SCOPE),
    nearNegation: new Set(negatedTerms(tokens, useSynonyms, NEAR_NEGATION_SCOPE).keys()),
    speaker: claim.speaker ? { name: claim.speaker.name, role: claim.speaker.role } : null,
    core,
    sentiment: claim.sentiment?.score ?? 0,
  };
}

/**
 * For each token, the first span (in list order) whose range holds the token's start, or undefined. One pass per
 * span over the tokens it covers: a long claim with thousands of names once took quadratic time asking each token.
 */
function coveringSpans<S extends { start: number; end: number }>(tokens: Token[], spans: S[]): Array<S | undefined> {
  const owner: Array<S | undefined> = new Array(tokens.length);
  for (const span of spans) {
    for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i].start < span.end; i++) owner[i] ??= span;
  }
  return owner;
}

function tokenise(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    out.push({ text: raw, key: keyOf(raw), start: offset + m.index!, capital: /^\p{Lu}/u.test(raw) });
  }
  return out;
}

const isStopword = (t: Token) => t.key !== t.key.toUpperCase() && (STOPWORDS.has(t.text.toLowerCase()) || STOPWORDS.has(t.key));

/** Acronyms keep their letters ("U.S." and "US" meet, and never meet the pronoun "us"). */
const keyCache = new Map<string, string>();
function keyOf(raw: string): string {
  let key = keyCache.get(raw);
  if (key !== undefined) return key;
  if (!/^\p{L}/u.test(raw)) key = raw;
  else if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(raw)) key = raw.replace(/\./g, '');
  else key = normaliseWord(raw);
  if (keyCache.size < 200_000) keyCache.set(raw, key);
  return key;
}

interface NameRun {
  key: string;
  name: string;
  tokens: Token[];
  start: number;
  end: number;
}

/** Fallback actors when the claims stage gave no entities: runs of capitalised words that are not common words. */
function capitalisedRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let run: Token[] = [];
  const flush = () => {
    const words = run.filter((t) => !isStopword(t));
    const name = words.map((t) => t.text).join(' ');
    const single = words.length === 1 ? words[0] : null;
    const common = single && (BACKGROUND_COUNT.get(single.key) ?? 0) > COMMON_CAPITALISED;
    if (words.length && !common && !words.every((t) => WEEKDAYS.has(t.text.toLowerCase()) || MONTHS.has(t.text.toLowerCase()))) {
      const last = words[words.length - 1];
      runs.push({ key: name.toLowerCase(), name, tokens: words, start: words[0].start, end: last.start + last.text.length });
    }
    run = [];
  };
  for (const t of tokens) {
    const common = (BACKGROUND_COUNT.get(t.key) ?? 0) > COMMON_CAPITALISED;
    if (t.capital && /^\p{L}/u.test(t.text) && !(t === tokens[0] && common && isSentenceWord(t))) run.push({ ...t, text: t.text.replace(/['’]s$/, '') });
    else flush();
    if (/['’]s$/.test(t.text)) flush(); // "Iran's Foreign Minister": the owner is an actor of its own
  }
  flush();
  return runs;
}

/** Negation scope: the first content word after "not", "never", "didn't" (the governed verb: "cannot agree to prioritise" negates "agree" only; "refused" needs no cue). */
const NEGATION_SCOPE = 1;
const NEAR_NEGATION_SCOPE = 3;
function negatedTerms(tokens: Token[], useSynonyms: boolean, scope: number): Map<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    if (!NEGATIONS.has(t.text.toLowerCase()) && !/n['’]t$/i.test(t.text)) return;
    let seen = 0;
    for (let k = i + 1; k < tokens.length && seen < scope; k++) {
      const u = tokens[k];
      if (isStopword(u) || !/^\p{L}/u.test(u.text)) continue;
      seen++;
      out.set((useSynonyms && SYNONYM_CLASS.get(u.key)) || u.key, `${t.text} … ${u.text}`);
    }
  });
  return out;
}

/** A capitalised word that is common in lower case ("However", "The") and so only starts a sentence. */
function isSentenceWord(t: Token): boolean {
  return t.text !== t.text.toUpperCase();
}

function quantities(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.text.toLowerCase();
    let value: number | null = null;
    let ordinal = false;
    if (/^\d/.test(t.text)) value = Number(t.text.replace(/,/g, ''));
    else if (NUMBER_WORDS.has(lower) && NUMBER_WORDS.get(lower)! > 1) value = NUMBER_WORDS.get(lower)!; // "one" is mostly a pronoun ("one of them")
    else if (ORDINALS.has(lower) && ORDINALS.get(lower)! > 1) { value = ORDINALS.get(lower)!; ordinal = true; } // "first" is rarely a count ("for the first time")
    else continue;
    if (!Number.isFinite(value)) continue;
    if (/^\d{4}$/.test(t.text) && value >= 1900 && value <= 2099) continue; // a year: read as a date
    if (i > 0 && MONTHS.has(tokens[i - 1].text.toLowerCase()) && tokens[i - 1].capital) continue; // "October 7"
    let j = i + 1;
    let text = t.text;
    if (j < tokens.length && MULTIPLIERS.has(tokens[j].text.toLowerCase())) {
      value *= MULTIPLIERS.get(tokens[j].text.toLowerCase())!;
      text += ` ${tokens[j].text}`;
      j++;
    }
    let unit = '';
    if (i > 0 && tokens[i - 1].text === '$') unit = '$';
    else if (j < tokens.length && (tokens[j].text === '%' || tokens[j].key === 'percent')) unit = 'percent';
    else {
      // the counted noun: the next content word, skipping one adjective-like word ("1,200 Israeli civilians")
      for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
        if (isStopword(tokens[k]) || /^\d/.test(tokens[k].text)) continue;
        unit = SYNONYM_CLASS.get(tokens[k].key) ?? tokens[k].key;
        if (!tokens[k].capital) break;
      }
    }
    if (unit && j < tokens.length && tokens[j].key === unit.replace(/^~/, '')) text += ` ${tokens[j].text}`;
    out.push({ value: `${ordinal ? '#' : ''}${Number(value.toPrecision(6))}`, unit, text });
  }
  return out;
}

function dates(tokens: Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.text.toLowerCase();
    if (WEEKDAYS.has(lower)) out.push({ type: 'weekday', value: lower, text: t.text });
    else if (MONTHS.has(lower) && t.capital) {
      const next = tokens[i + 1];
      const day = next && /^\d{1,2}$/.test(next.text) ? Number(next.text) : null;
      if (lower === 'may' && day === null) continue;
      out.push({ type: 'month', value: day ? `${lower.slice(0, 3)} ${day}` : lower.slice(0, 3), text: day ? `${t.text} ${next.text}` : t.text });
    } else if (/^\d{4}$/.test(t.text) && Number(t.text) >= 1900 && Number(t.text) <= 2099) {
      const next = tokens[i + 1];
      if (next && MULTIPLIERS.has(next.text.toLowerCase())) continue;
      out.push({ type: 'year', value: t.text, text: t.text });
    }
  }
  return out;
}
