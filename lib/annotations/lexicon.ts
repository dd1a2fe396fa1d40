// Lexicon data files: their shape, the checks they must pass when loaded, and their compilation into a
// phrase matcher. Validation and compilation happen once, at module load; matching a claim only filters.
import { tokenize, type Token } from './tokens';

/** One published or home-made word list a lexicon draws on, with its provenance. */
export interface LexiconList {
  id: string;
  title: string;
  source: string;
  licence: string;
}

export interface LexiconEntry {
  /** Cited by every annotation it produces, e.g. `loaded:massacre`. */
  id: string;
  /**
   * A phrase (matched token by token, by surface form or lemma) or a token list where `{PROPN}`-style items
   * are POS slots and an item ending in `*` matches any word it begins ("pro-*": pro-Russian, pro-Iranian).
   */
  match: string | string[];
  /** Plain-words explanation for a student. */
  note: string;
  alternative?: string;
  /** Lists (ids from `lists`) the entry's words also appear in; the entry itself is always ours. */
  lists?: string[];
  /** Allowed POS tags for the first word (e.g. only VERB for "claim"). */
  pos?: string[];
  /** Match the surface form only, not other inflections. */
  exact?: boolean;
  /** No match when the next word is one of these ("could not" is ability, not a hedge). */
  unlessNext?: string[];
  /** No match when the previous word is one of these. */
  unlessPrevious?: string[];
}

export interface LexiconFile<E extends LexiconEntry = LexiconEntry> {
  source: string;
  licence: string;
  notes: string;
  lists: LexiconList[];
  entries: E[];
}

interface PatternToken {
  slot: string[] | null;
  /** For `pro-*` items: the beginning the word must have. */
  prefix?: string;
  lower: string;
  lemma: string;
}

export interface CompiledEntry<E extends LexiconEntry = LexiconEntry> {
  entry: E;
  pattern: PatternToken[];
  /** Index of the first literal token: the key the entry is looked up by. */
  anchor: number;
}

export interface PhraseMatcher<E extends LexiconEntry = LexiconEntry> {
  file: string;
  byKey: Map<string, CompiledEntry<E>[]>;
  /** Entries whose first literal is a `prefix-*` item: few, so every token is checked against them. */
  byPrefix: CompiledEntry<E>[];
  entries: CompiledEntry<E>[];
}

export interface PhraseMatch<E extends LexiconEntry = LexiconEntry> {
  entry: E;
  /** Token indexes `[from, to)`. */
  from: number;
  to: number;
  start: number;
  end: number;
}

const SLOT = /^\{([A-Z|]+)\}$/;

/** Checks a lexicon file and throws a clear error naming the file and entry when it is malformed. */
export function validateLexicon(file: string, data: LexiconFile): void {
  const fail = (why: string): never => {
    throw new Error(`parallax lexicon ${file}: ${why}`);
  };
  for (const field of ['source', 'licence', 'notes'] as const) if (!data[field]) fail(`missing "${field}" header`);
  if (!Array.isArray(data.lists) || data.lists.length === 0) fail('missing "lists" (provenance per list)');
  const listIds = new Set<string>();
  for (const list of data.lists) {
    if (!list.id || !list.source || !list.licence || !list.title) fail(`list ${list.id ?? '?'} needs id, title, source, licence`);
    listIds.add(list.id);
  }
  if (!Array.isArray(data.entries) || data.entries.length === 0) fail('no entries');
  const ids = new Set<string>();
  const matches = new Set<string>();
  for (const entry of data.entries) {
    if (!entry.id) fail(`entry without id: ${JSON.stringify(entry).slice(0, 80)}`);
    if (ids.has(entry.id)) fail(`duplicate id ${entry.id}`);
    ids.add(entry.id);
    if (!entry.note || entry.note.length < 10) fail(`${entry.id}: a note in plain words is required`);
    // Entries may share words when they play different parts (a frame, a grammar role): those go in the key.
    const part = (entry as { frame?: string; role?: string }).frame ?? (entry as { role?: string }).role ?? '';
    const key = JSON.stringify(entry.match).toLowerCase() + JSON.stringify(entry.pos ?? []) + part;
    if (matches.has(key)) fail(`${entry.id}: duplicate match ${JSON.stringify(entry.match)}`);
    matches.add(key);
    if (typeof entry.match === 'string' ? !entry.match.trim() : !Array.isArray(entry.match) || entry.match.length === 0) {
      fail(`${entry.id}: empty match`);
    }
    for (const list of entry.lists ?? []) if (!listIds.has(list)) fail(`${entry.id}: unknown list ${list}`);
  }
}

function literal(token: Token): PatternToken {
  return { slot: null, lower: token.lower, lemma: token.lemma };
}

function compilePattern(match: string | string[]): PatternToken[] {
  if (typeof match === 'string') return tokenize(match).map(literal);
  return match.flatMap((item) => {
    const slot = SLOT.exec(item);
    if (slot) return [{ slot: slot[1].split('|'), lower: '', lemma: '' }];
    if (item.length > 1 && item.endsWith('*')) {
      const prefix = item.slice(0, -1).toLowerCase();
      return [{ slot: null, prefix, lower: prefix, lemma: prefix }];
    }
    return tokenize(item).map(literal);
  });
}

/** Validates and compiles a lexicon once; the result is looked up by each token's surface form and lemma. */
export function compileLexicon<E extends LexiconEntry>(file: string, data: LexiconFile<E>): PhraseMatcher<E> {
  validateLexicon(file, data as LexiconFile);
  const byKey = new Map<string, CompiledEntry<E>[]>();
  const byPrefix: CompiledEntry<E>[] = [];
  const entries: CompiledEntry<E>[] = [];
  for (const entry of data.entries) {
    const pattern = compilePattern(entry.match);
    const anchor = pattern.findIndex((p) => !p.slot);
    if (anchor < 0) throw new Error(`parallax lexicon ${file}: ${entry.id} needs at least one literal word`);
    const compiled = { entry, pattern, anchor };
    entries.push(compiled);
    if (pattern[anchor].prefix) {
      byPrefix.push(compiled);
      continue;
    }
    const keys = new Set([pattern[anchor].lower, entry.exact ? '' : pattern[anchor].lemma].filter(Boolean));
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      list.push(compiled);
      byKey.set(key, list);
    }
  }
  return { file, byKey, byPrefix, entries };
}

function tokenFits(p: PatternToken, t: Token, exact: boolean): boolean {
  if (p.slot) return p.slot.includes(t.pos);
  if (p.prefix) return t.lower.startsWith(p.prefix) && t.lower.length > p.prefix.length;
  if (t.lower === p.lower) return true;
  if (exact) return false;
  if (t.lemma === p.lemma || t.lemma === p.lower || t.lower === p.lemma) return true;
  // wink leaves a capitalised or unknown word unlemmatised ("Diplomats" at a sentence start): plain plurals.
  return t.lower === `${p.lower}s` || t.lower === `${p.lower}es`;
}

const capitalised = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value);

/** "Andy Savage", "Tranz Rail": a capitalised word right after another is part of a name, not a word to judge. */
function insideName(tokens: Token[], first: number, from: number): boolean {
  return first > from && capitalised(tokens[first]) && capitalised(tokens[first - 1]);
}

/** The entries a token may start (at their anchor): looked up by surface form, lemma and plain singular. */
function candidatesFor<E extends LexiconEntry>(matcher: PhraseMatcher<E>, t: Token): Iterable<CompiledEntry<E>> {
  const keys = [t.lower];
  if (t.lemma !== t.lower) keys.push(t.lemma);
  if (t.lower.endsWith('s')) keys.push(t.lower.slice(0, -1), t.lower.replace(/es$/, ''));
  const lists = keys.map((k) => matcher.byKey.get(k)).filter((l): l is CompiledEntry<E>[] => !!l);
  if (matcher.byPrefix.length) {
    const prefixed = matcher.byPrefix.filter((c) => t.lower.startsWith(c.pattern[c.anchor].prefix!));
    if (prefixed.length) lists.push(prefixed);
  }
  if (lists.length === 0) return [];
  return lists.length === 1 ? lists[0] : new Set(lists.flat());
}

/**
 * Every entry occurrence in tokens `[from, to)`. By default, where matches overlap the longest wins;
 * `overlapping: true` keeps them all (frame cues, where one word may cue two frames).
 */
export function matchPhrases<E extends LexiconEntry>(
  matcher: PhraseMatcher<E>,
  tokens: Token[],
  from: number,
  to: number,
  overlapping = false,
): PhraseMatch<E>[] {
  const found: PhraseMatch<E>[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    for (const c of candidatesFor(matcher, t)) {
      const first = i - c.anchor;
      const last = first + c.pattern.length;
      if (first < from || last > to) continue;
      const exact = c.entry.exact === true;
      if (!c.pattern.every((p, k) => tokenFits(p, tokens[first + k], exact))) continue;
      if (c.entry.pos && !c.entry.pos.includes(tokens[first + c.anchor].pos)) continue;
      if (insideName(tokens, first, from)) continue;
      if (c.entry.unlessNext && last < tokens.length && c.entry.unlessNext.includes(tokens[last].lower)) continue;
      if (c.entry.unlessPrevious && first > 0 && c.entry.unlessPrevious.includes(tokens[first - 1].lower)) continue;
      found.push({ entry: c.entry, from: first, to: last, start: tokens[first].start, end: tokens[last - 1].end });
    }
  }
  return overlapping ? found : longestFirst(found);
}

function longestFirst<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
