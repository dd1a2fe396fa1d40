// Actors, places, people, dates and numbers in one claim's token range, with offsets into the clean text.
import type { Entity } from '../contract/types';
import type { Token, WinkEntity } from '../claims/tokens';
import { matchAliasAt, type AliasMatch } from './aliases';
import { ACTOR_PREPOSITIONS, ALIAS_BY_ID, HONORIFICS, NAME_CONNECTORS, ORG_WORDS, PLACE_PREPOSITIONS, ROLE_WORDS, SURNAME_TITLES, THING_WORDS, UNIT_SKIP } from './lexicon';
import { formatNumber, parseNumber } from './numbers';
import { dateDetail } from './dates';
import { PersonRegistry } from './people';

export { PersonRegistry } from './people';

export interface EntityScope {
  text: string;
  tokens: Token[];
  /** wink entities keyed by their first token. */
  winkAt: Map<number, WinkEntity>;
  people: PersonRegistry;
}

const DATE_TYPES = new Set(['DATE', 'TIME']);
const NUMBER_TYPES: Record<string, Entity['kind']> = { CARDINAL: 'number', ORDINAL: 'number', DURATION: 'number', MONEY: 'money', PERCENT: 'percent' };
const isCapitalised = (t: Token) => t.cap;
const isPossessive = (t: Token | undefined) => !!t && (t.lower === "'s" || t.lower === '’s');

/** Entities of tokens [first, end), in text order. */
/** `titleCase`: the range is a headline, where capitals do not signal names. */
export function findEntities(scope: EntityScope, first: number, end: number, titleCase = false): Entity[] {
  const { tokens, winkAt } = scope;
  const entities: Entity[] = [];
  const span = (a: number, b: number) => ({ start: tokens[a].start, end: tokens[b - 1].end, text: scope.text.slice(tokens[a].start, tokens[b - 1].end) });
  let i = first;
  while (i < end) {
    const wink = winkAt.get(i);
    if (wink && wink.last < end) {
      const stop = extendDate(tokens, winkAt, wink, end);
      const entity = winkEntity(scope, wink.type, i, stop, end);
      if (entity) entities.push({ ...span(i, stop), ...entity });
      i = stop;
      continue;
    }
    const alias = matchAliasAt(tokens, i, end);
    if (alias && !isFirstNameOfPerson(tokens, alias, end)) {
      entities.push({ ...span(alias.first, alias.end), ...aliasEntity(tokens, alias, end) });
      i = alias.end;
      continue;
    }
    const chunkEnd = properNounChunkEnd(scope, i, end);
    if (chunkEnd > i) {
      const entity = chunkEntity(scope, i, chunkEnd, first, titleCase);
      if (entity) entities.push(entity);
      i = chunkEnd;
      continue;
    }
    i++;
  }
  return entities;
}

// "Wednesday evening": wink gives DATE + TIME; one date entity reads better.
function extendDate(tokens: Token[], winkAt: Map<number, WinkEntity>, wink: WinkEntity, end: number): number {
  let stop = wink.last + 1;
  if (!DATE_TYPES.has(wink.type)) return stop;
  let next = winkAt.get(stop);
  while (next && DATE_TYPES.has(next.type) && next.last < end) {
    stop = next.last + 1;
    next = winkAt.get(stop);
  }
  return stop;
}

function winkEntity(scope: EntityScope, type: string, a: number, b: number, end: number): Omit<Entity, 'start' | 'end' | 'text'> | null {
  const written = scope.text.slice(scope.tokens[a].start, scope.tokens[b - 1].end);
  if (DATE_TYPES.has(type)) {
    const detail = dateDetail(written);
    return { kind: 'date', canonical: written, ...(detail ? { detail } : {}), entry: `wink:${type}` };
  }
  const kind = NUMBER_TYPES[type];
  if (!kind) return null;
  const { value, currency } = parseNumber(written);
  // "in the coming days", "a full day": a duration without a number is a (relative) time, not a quantity.
  if (type === 'DURATION' && value === null) return { kind: 'date', canonical: written, entry: `wink:${type}` };
  const unit = type === 'DURATION' ? scope.tokens[b - 1].lemma : countedNoun(scope.tokens, b, end, kind === 'money');
  const number = value === null ? written : formatNumber(value);
  const canonical = kind === 'money' && currency ? `${currency} ${number}` : kind === 'percent' ? `${number}%` : number;
  return { kind, canonical, ...(unit ? { detail: unit } : {}), entry: `wink:${type}` };
}

/** The noun a number counts: "1,200 Israeli civilians" → civilian, "fifth round" → round. */
function countedNoun(tokens: Token[], from: number, end: number, money: boolean): string | undefined {
  for (let j = from; j < Math.min(end, from + 5); j++) {
    const t = tokens[j];
    // "$6 billion in frozen funds": money names what it is after "in".
    if (money && j === from && t.lower === 'in') continue;
    if (t.pos === 'NOUN') return t.lemma.toLowerCase();
    if (t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || UNIT_SKIP.has(t.lower) || t.value === '-') continue;
    return undefined;
  }
  return undefined;
}

// "Defense Minister Israel Katz": a country name between a title and a surname is a first name.
function isFirstNameOfPerson(tokens: Token[], alias: AliasMatch, end: number): boolean {
  const before = tokens[alias.first - 1];
  const after = tokens[alias.end];
  return !!before && !!after && alias.end < end && ROLE_WORDS.has(before.lower) && isCapitalised(after) && after.pos === 'PROPN' && !matchAliasAt(tokens, alias.end, end);
}

function aliasEntity(tokens: Token[], alias: AliasMatch, end: number): Omit<Entity, 'start' | 'end' | 'text'> {
  const { entry } = alias;
  const stands = entry.metonymOf ? ALIAS_BY_ID.get(entry.metonymOf) : undefined;
  if (stands && (entry.kind === 'organization' || isActorPosition(tokens, alias, end))) {
    return { kind: 'actor', canonical: stands.canonical, detail: entry.canonical, entry: entry.id };
  }
  return { kind: entry.kind, canonical: entry.canonical, ...(entry.detail ? { detail: entry.detail } : {}), entry: entry.id };
}

// A capital names its government when it acts ("Tehran has agreed", "Tehran's concerns", "talks with Tehran"),
// and stays a place after a place preposition ("in Rome", "rather than Muscat").
function isActorPosition(tokens: Token[], alias: AliasMatch, end: number): boolean {
  const before = tokens[alias.first - 1];
  if (before && PLACE_PREPOSITIONS.has(before.lower)) return false;
  if (before && ACTOR_PREPOSITIONS.has(before.lower)) return true;
  let j = alias.end;
  if (isPossessive(tokens[j])) return true;
  // Skip a coordination of names ("Tehran and Moscow enjoy") and adverbs to reach the verb.
  for (let steps = 0; j < end && steps < 6; j++, steps++) {
    const t = tokens[j];
    if (t.pos === 'VERB' || t.pos === 'AUX') return !/ing$/.test(t.lower) || t.pos === 'AUX';
    if (t.pos === 'ADV' || t.lower === 'and' || t.value === ',' || isCapitalised(t)) continue;
    return false;
  }
  return false;
}

function isChunkWord(t: Token): boolean {
  return isCapitalised(t) && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && t.pos !== 'AUX';
}

/** End (exclusive) of a run of capitalised words starting at i, joined by name connectors, "of" or tight hyphens. */
function properNounChunkEnd(scope: EntityScope, i: number, end: number): number {
  const { tokens } = scope;
  const t = tokens[i];
  if (!isChunkWord(t) || t.lower === 'i') return i;
  // A capitalised sentence opener that is not a proper noun ("However", "Former") does not start a name.
  const sentenceStart = i === 0 || /[.!?:\n"“]/.test(scope.text[tokens[i - 1].end - 1] ?? '\n') || tokens[i - 1].type === 'tabCRLF';
  if (sentenceStart && t.pos !== 'PROPN') return i;
  // A lone capitalised word opening a sentence or quotation ("Intensive day of …") is not evidence of a name.
  if (sentenceStart && !isChunkWord(tokens[i + 1] ?? t) && !scope.people.has(t.value)) return i;
  let j = i + 1;
  let stop = j;
  while (j < end) {
    const u = tokens[j];
    if (scope.winkAt.has(j) || matchAliasAt(tokens, j, end)) break;
    if (isChunkWord(u)) {
      j++;
      stop = j;
      continue;
    }
    const tight = u.value === '-' && u.start === tokens[j - 1].end && j + 1 < end && tokens[j + 1].start === u.end;
    if ((NAME_CONNECTORS.has(u.value) || u.value === 'of' || tight) && j + 1 < end && isChunkWord(tokens[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  return stop;
}

function chunkEntity(scope: EntityScope, a: number, b: number, claimFirst: number, titleCase: boolean): Entity | null {
  const { tokens, text } = scope;
  const words = tokens.slice(a, b);
  if (!words.some((w) => w.pos === 'PROPN') || (b - a === 1 && words[0].value.length < 2)) return null;
  let roleEnd = a;
  for (let j = a; j < b; j++) {
    const w = words[j - a];
    // "Peter King": a title word that ends the chunk after a first name is the surname.
    const surname = j === b - 1 && j > a && SURNAME_TITLES.has(w.lower) && !ROLE_WORDS.has(words[j - a - 1].lower) && !HONORIFICS.has(words[j - a - 1].lower);
    if (!surname && (ROLE_WORDS.has(w.lower) || HONORIFICS.has(w.lower))) roleEnd = j + 1;
  }
  const honorific = roleEnd > a && HONORIFICS.has(tokens[roleEnd - 1].lower);
  const hasOrgWord = words.some((w) => ORG_WORDS.has(w.lower));
  const spanOf = (x: number, y: number) => ({ start: tokens[x].start, end: tokens[y - 1].end, text: text.slice(tokens[x].start, tokens[y - 1].end) });
  const before = tokens[a - 1];
  const roleBefore = before && a > claimFirst && (ROLE_WORDS.has(before.lower) || HONORIFICS.has(before.lower)) ? before.value : null;

  if (ORG_WORDS.has(words[words.length - 1].lower) || (hasOrgWord && roleEnd === a)) {
    const s = spanOf(a, b);
    return { ...s, kind: 'organization', canonical: s.text, entry: 'chunk:organization' };
  }
  if (roleEnd > a && roleEnd < b && !tokens.slice(roleEnd, b).some((w) => ORG_WORDS.has(w.lower))) {
    // "Deputy Foreign Minister Kazem Gharibabadi": the title part is the role, the rest the person.
    // The title may start before the chunk: "IAEA Director General", "Iran's Deputy Foreign Minister".
    let roleStart = a;
    while (roleStart - 1 >= claimFirst && roleStart > a - 6) {
      const t = tokens[roleStart - 1];
      if ((isCapitalised(t) && (t.pos === 'PROPN' || t.pos === 'NOUN')) || isPossessive(t) || ((t.value === '(' || t.value === ')') && roleStart > claimFirst + 1)) roleStart--;
      else break;
    }
    while (roleStart < a && (isPossessive(tokens[roleStart]) || tokens[roleStart].value === ')')) roleStart++;
    const role = honorific ? null : text.slice(tokens[roleStart].start, tokens[roleEnd - 1].end);
    const s = spanOf(honorific ? roleEnd - 1 : roleEnd, b);
    const nameText = text.slice(tokens[roleEnd].start, tokens[b - 1].end);
    const person = scope.people.register(scope.people.resolve(nameText)?.name ?? nameText, role);
    return { ...s, kind: 'person', canonical: person.name, ...(person.role ? { detail: person.role } : {}), entry: 'chunk:person' };
  }
  if (roleEnd === b) return null;
  const s = spanOf(a, b);
  const known = scope.people.resolve(s.text);
  if (known) return { ...s, kind: 'person', canonical: known.name, ...(known.role ? { detail: known.role } : {}), entry: 'chunk:person' };
  if (/^[\p{Lu}\d&]{2,}$/u.test(s.text) || hasOrgWord) return { ...s, kind: 'organization', canonical: s.text, entry: 'chunk:organization' };
  if (before && PLACE_PREPOSITIONS.has(before.lower) && b - a <= 3 && before.lower !== 'than') {
    return { ...s, kind: 'place', canonical: s.text, entry: 'chunk:place' };
  }
  // In a headline every word is capitalised: an unknown capitalised run there is not evidence of a name.
  if (titleCase) return null;
  if (words.some((w) => THING_WORDS.has(w.lower))) return { ...s, kind: 'actor', canonical: s.text, entry: 'chunk:proper-noun' };
  const looksLikeName = b - a >= 2 && b - a <= 5 && words.every((w) => w.pos === 'PROPN' || w.value === '-' || NAME_CONNECTORS.has(w.value));
  if (roleBefore || looksLikeName) {
    const person = scope.people.register(s.text, roleBefore);
    return { ...s, kind: 'person', canonical: person.name, ...(person.role ? { detail: person.role } : {}), entry: 'chunk:person' };
  }
  return { ...s, kind: 'actor', canonical: s.text, entry: 'chunk:proper-noun' };
}
