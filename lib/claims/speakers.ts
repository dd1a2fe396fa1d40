// A speaker phrase ("Foreign Ministry spokesperson Esmaeil Baghaei", "he", "senior US officials") → name, role, vagueness,
// resolving pronouns and surnames to the people already named in the article.
import type { Token } from './tokens';
import { matchAliasAt } from '../entities/aliases';
import { type AliasEntry, ALIAS_BY_ID, HONORIFICS, NAME_CONNECTORS, ORG_WORDS, ROLE_MEANS, ROLE_WORDS, SURNAME_TITLES, VAGUE_HEADS } from '../entities/lexicon';
import type { PersonRegistry } from '../entities/people';

export interface SpeakerIdentity {
  name: string | null;
  role: string | null;
  vague: boolean;
  /** True for a person (not an organisation, country or unnamed group): what "he"/"she" can refer back to. */
  person: boolean;
}

export interface SpeakerMemory {
  lastPerson: SpeakerIdentity | null;
  lastSpeaker: SpeakerIdentity | null;
  /** People named recently, most recent last: the fallback when "he" cannot be the last one. */
  recentPersons: SpeakerIdentity[];
  /** The first actor or organisation of the previous claim (its likely subject), for "it". */
  lastThing: SpeakerIdentity | null;
  /** Speakers seen so far, one per name (the first one seen under it; `null` is the first unnamed one), in order. */
  seen: SpeakerIdentity[];
  seenByName: Map<string | null, SpeakerIdentity>;
  /** For "the minister": per role word, the last seen named speaker whose role contains it, and how far `seen` was read. */
  seenByRoleWord: Map<string, { read: number; last: SpeakerIdentity | undefined; names: Set<string> }>;
}

export function newSpeakerMemory(): SpeakerMemory {
  return { lastPerson: null, lastSpeaker: null, recentPersons: [], lastThing: null, seen: [], seenByName: new Map(), seenByRoleWord: new Map() };
}

/** Records a speaker; one seen before under the same name stands for it. */
export function rememberSpeaker(memory: SpeakerMemory, identity: SpeakerIdentity) {
  const known = memory.seenByName.get(identity.name);
  const kept = known ?? identity;
  if (!known) {
    memory.seen.push(identity);
    memory.seenByName.set(identity.name, identity);
  }
  memory.lastSpeaker = kept;
  if (identity.person && identity.name) notePerson(memory, kept);
}

// Each look-up reads only the speakers seen since the last look-up for the same word, so every speaker is read at
// most once per role word the article uses ("the minister" a hundred times costs no more than once).
function lastSpeakerWithRole(memory: SpeakerMemory, word: string): SpeakerIdentity | undefined {
  return roleWordEntry(memory, word).last;
}

function roleWordEntry(memory: SpeakerMemory, word: string) {
  const entry = memory.seenByRoleWord.get(word) ?? { read: 0, last: undefined, names: new Set<string>() };
  for (; entry.read < memory.seen.length; entry.read++) {
    const s = memory.seen[entry.read];
    if (s.name && hasRoleWord(s.role, word)) {
      entry.last = s;
      entry.names.add(s.name);
    }
  }
  memory.seenByRoleWord.set(word, entry);
  return entry;
}

/** Whether a role holds a role word, written out or abbreviated ("Gov." holds governor). */
function hasRoleWord(role: string | null, word: string): boolean {
  if (!role) return false;
  const lower = role.toLowerCase();
  if (lower.includes(word)) return true;
  return lower.split(/\s+/).some((w) => ROLE_MEANS.get(w)?.includes(word) ?? false);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'one', 'two', 'three', 'other', 'another', 'few']);
const INDEFINITE = new Set(['a', 'an', 'some', 'many', 'several', 'one', 'other', 'another', 'few', 'two', 'three']);
const isCap = (t: Token) => /^\p{Lu}/u.test(t.value) && t.type === 'word';

export function identifySpeaker(
  text: string,
  tokens: Token[],
  first: number,
  end: number,
  people: PersonRegistry,
  memory: SpeakerMemory,
): SpeakerIdentity {
  const slice = (a: number, b: number) => (a < b ? text.slice(tokens[a].start, tokens[b - 1].end) : '');
  if (end - first === 1 && tokens[first].pos === 'PRON') return resolvePronoun(tokens[first].lower, memory);
  // Appositive "Michael Steele, chairman of the committee": the name before the comma, the description as the role.
  const comma = tokens.slice(first, end).findIndex((t) => t.value === ',');
  // "Israeli, American, and allied officials" is a list, not a name with a description.
  const list = tokens.slice(first + 1, end).some((t, k) => (t.lower === 'and' || t.lower === 'or') && tokens[first + k].value === ',');
  if (comma > 0 && first + comma + 1 < end && !list) {
    const named = identifySpeaker(text, tokens, first, first + comma, people, memory);
    // "Ryan, in his first interview since …, said": an adverbial between commas is not a title.
    const adverbial = ['ADP', 'ADV', 'SCONJ', 'VERB'].includes(tokens[first + comma + 1].pos);
    const described = adverbial ? null : trimRole(text.slice(tokens[first + comma + 1].start, tokens[end - 1].end));
    if (named.name) {
      if (named.person && !named.role && described) people.register(named.name, described);
      return { ...named, role: named.role ?? described };
    }
    const after = identifySpeaker(text, tokens, first + comma + 1, end, people, memory);
    if (after.name) {
      const role = trimRole(text.slice(tokens[first].start, tokens[first + comma - 1].end));
      if (after.person && !after.role) people.register(after.name, role);
      return { ...after, role: after.role ?? role };
    }
  }

  let a = first;
  // "Following President Obama": a leading verb or preposition is not part of the speaker.
  while (a < end - 1 && (tokens[a].pos === 'VERB' || tokens[a].pos === 'ADP' || tokens[a].pos === 'SCONJ')) a++;
  first = a;
  const indefinite = INDEFINITE.has(tokens[a].lower);
  while (a < end - 1 && DETERMINERS.has(tokens[a].lower)) a++;
  // A trailing parenthesis ("John Boehner (R-Ohio)") is not part of the name.
  let b = end;
  if (tokens[b - 1].value === ')') {
    let k = b - 1;
    while (k > a && tokens[k].value !== '(') k--;
    if (k > a) b = k;
  }
  // "Darrell Issa of California", "Peter Welch, Democrat of Vermont": "of <Place>" after a name says where from.
  for (let p = a + 1; p < b - 1; p++) {
    if (tokens[p].lower !== 'of' || !isCap(tokens[p - 1]) || ROLE_WORDS.has(tokens[p - 1].lower) || ORG_WORDS.has(tokens[p - 1].lower)) continue;
    if (tokens.slice(p + 1, b).every((t) => isCap(t) || t.value === '.')) b = p;
    break;
  }
  const phrase = slice(a, b);

  // Name: the capitalised words at the end, back to the first title word.
  let n = b;
  while (n > a) {
    const t = tokens[n - 1];
    const connector = NAME_CONNECTORS.has(t.value) || (t.value === '-' && n - 1 > a && t.start === tokens[n - 2].end);
    // "Officials said", "Critics say": a capitalised sentence opener that names a generic group is no name.
    // A title word as the last word after a first name is a surname ("Peter King", "John Major").
    const surname = n === b && n - 2 >= a && isCap(t) && SURNAME_TITLES.has(t.lower) && isCap(tokens[n - 2]) && !ROLE_WORDS.has(tokens[n - 2].lower) && !HONORIFICS.has(tokens[n - 2].lower);
    if ((isCap(t) && ((!ROLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower)) || surname) && !VAGUE_HEADS.has(t.lower)) || (connector && n < b)) n--;
    else break;
  }
  if (n < b && tokens[n].value === '-') n++;
  // "ambassador to the United Kingdom Jalal Sadatian": a country name before the person's name belongs to the role.
  for (let alias = matchAliasAt(tokens, n, b); alias && alias.end < b; alias = matchAliasAt(tokens, n, b)) n = alias.end;
  const hasName = n < b && tokens.slice(n, b).some((t) => t.pos === 'PROPN' || isCap(t));

  // "Many Republicans", "some Democrats": a quantified group is an unnamed source even when the group has a name.
  if (hasName && indefinite) return { name: null, role: trimRole(phrase) || null, vague: true, person: false };
  if (hasName) {
    // "House Republicans said", "Senate Democrats say": members of a party or nation, however qualified, are an
    // unnamed group (the plural of an alias closes the phrase).
    const members = matchAliasAt(tokens, b - 1, b);
    if (members && members.first === b - 1 && isPluralMemberNoun(tokens, b - 1, b, members.entry)) {
      return { name: null, role: trimRole(phrase) || null, vague: true, person: false };
    }
    const alias = matchAliasAt(tokens, n, b);
    // "Republicans said", "Palestinians say": the plural of a party or nationality names the group's members, an
    // unnamed group, not the organisation or state ("the Republican National Committee said" stays named).
    if (alias && alias.first === n && alias.end === b && isPluralMemberNoun(tokens, n, b, alias.entry)) {
      return { name: null, role: trimRole(phrase) || null, vague: true, person: false };
    }
    if (alias && alias.first === n && alias.end === b) {
      const stands = alias.entry.metonymOf ? ALIAS_BY_ID.get(alias.entry.metonymOf) : undefined;
      const role = n > a ? trimRole(slice(a, n)) : null;
      const name = alias.entry.kind === 'place' && stands ? stands.canonical : alias.entry.canonical;
      return { name, role, vague: false, person: false };
    }
    if (tokens.slice(n, b).some((t) => ORG_WORDS.has(t.lower)) || ORG_WORDS.has(tokens[b - 1].lower)) {
      return { name: slice(a, b).replace(/[’']s$/, ''), role: null, vague: false, person: false };
    }
    // An honorific ("Mr.", "Dr.") is part of how the name is written, not a role.
    let roleEnd = n;
    while (roleEnd > a && HONORIFICS.has(tokens[roleEnd - 1].lower)) roleEnd--;
    const role = roleEnd > a ? trimRole(slice(a, roleEnd)) || null : null;
    const written = slice(n, b);
    const known = people.resolve(written);
    const person = people.register(known?.name ?? written, role);
    return { name: person.name, role: role ?? person.role, vague: false, person: true };
  }

  // "Perry in the new ad": a name at the head, followed by a prepositional phrase.
  let h = a;
  while (h < b && (isCap(tokens[h]) || (h > a && tokens[h].value === '.')) && !ROLE_WORDS.has(tokens[h].lower)) h++;
  if (h > a && h < b && tokens[h].pos === 'ADP' && tokens.slice(a, h).some((t) => t.pos === 'PROPN')) {
    const head = identifySpeaker(text, tokens, a, h, people, memory);
    if (head.name) return head;
  }

  // No name: a role or an unnamed group. "the minister" refers back to the last speaker with that title.
  const head = tokens[b - 1]?.lower ?? '';
  const definite = tokens[first].lower === 'the' || /[’']s$/.test(slice(first, Math.min(end, first + 2)));
  if (definite && ROLE_WORDS.has(head)) {
    // "the Fox News host" is not the "radio host" named before: when both say which kind, they must share a word.
    const qualifiers = qualifierWords(slice(first, b - 1));
    const compatible = (s: SpeakerIdentity) => {
      const theirs = qualifierWords(s.role ?? '').filter((w) => !hasRoleWord(w, head) && w !== head);
      return !qualifiers.length || !theirs.length || theirs.some((w) => qualifiers.includes(w));
    };
    const matches = (s: SpeakerIdentity) => !!s.name && hasRoleWord(s.role, head) && compatible(s);
    // The last speaker with that title, else the last person named with it ("Prime Minister Benjamin Netanyahu").
    const last = lastSpeakerWithRole(memory, head);
    const earlier = (last && compatible(last) ? last : undefined) ?? [...memory.recentPersons].reverse().find(matches);
    // "the Fox News host" when two hosts have spoken, neither described so: the title does not say which.
    const confirmed = !!earlier && qualifierWords(earlier.role ?? '').some((w) => qualifiers.includes(w));
    const holders = new Set([...roleWordEntry(memory, head).names, ...memory.recentPersons.filter(matches).map((p) => p.name!)]);
    const ambiguous = qualifiers.length > 0 && !confirmed && holders.size > 1;
    if (earlier && !ambiguous) return { ...earlier };
  }
  const role = trimRole(slice(first, end)) || null;
  // The contract: a source without a name is unnamed, hence vague ("the senator", "officials", "a source familiar with").
  return { name: null, role, vague: true, person: false };
}

// One word that is the plural of another alias of the same entry: "Israelis" beside "Israeli", "Democrats" beside "Democrat".
function isPluralMemberNoun(tokens: Token[], first: number, end: number, entry: AliasEntry): boolean {
  if (end - first !== 1) return false;
  const word = tokens[first].lower;
  if (!word.endsWith('s')) return false;
  const singular = word.slice(0, -1);
  return entry.aliases.some((a) => a.toLowerCase() === singular);
}

function resolvePronoun(pronoun: string, memory: SpeakerMemory): SpeakerIdentity {
  if ((pronoun === 'he' || pronoun === 'she') && memory.lastPerson) return { ...memory.lastPerson };
  if (pronoun === 'it' && memory.lastThing) return { ...memory.lastThing };
  if (pronoun === 'they' && memory.lastSpeaker && !memory.lastSpeaker.person) return { ...memory.lastSpeaker };
  return { name: null, role: null, vague: true, person: pronoun === 'he' || pronoun === 'she' };
}

const QUALIFIER_SKIP = new Set(['the', 'a', 'an', 'former', 'then', 'new', 'longtime', 'top', 'senior', 'chief', 'controversial']);
/** The words of a role that say which kind it is ("Fox News host" → fox, news), without determiners and generic adjectives. */
function qualifierWords(role: string): string[] {
  return role.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !QUALIFIER_SKIP.has(w) && !ROLE_WORDS.has(w) && !HONORIFICS.has(w));
}

function trimRole(role: string): string {
  return role.replace(/^[\s,]+|[\s,]+$/g, '').replace(/^(the|a|an)\s+/i, '');
}

/** Records a person as the most recent one named. */
export function notePerson(memory: SpeakerMemory, person: SpeakerIdentity) {
  memory.lastPerson = person;
  memory.recentPersons = memory.recentPersons.filter((p) => p.name !== person.name).concat(person).slice(-6);
}

/** "“None of this would have happened without Glenn,” she said": a speaker does not usually name themselves,
 * so a pronoun whose resolved name appears in the content goes to the person named before. */
export function avoidSelfMention(identity: SpeakerIdentity, content: string, memory: SpeakerMemory): SpeakerIdentity {
  const named = (p: SpeakerIdentity) => !!p.name && p.name.split(' ').some((part) => part.length > 2 && content.includes(part));
  if (!identity.person || !named(identity)) return identity;
  const other = [...memory.recentPersons].reverse().find((p) => p.name !== identity.name && !named(p));
  return other ? { ...other } : { name: null, role: null, vague: true, person: true };
}
