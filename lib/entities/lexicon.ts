// Loads the entity word lists (lexicons/aliases.json, claims-entities.json, roles.json) once, as lookup tables.
import aliasLexicon from '../../lexicons/aliases.json';
import entityLexicon from '../../lexicons/claims-entities.json';
import roleLexicon from '../../lexicons/roles.json';
import { nlp, its } from '../nlp/wink';

export interface AliasEntry {
  id: string;
  canonical: string;
  kind: 'actor' | 'place' | 'organization';
  detail?: string;
  aliases: string[];
  caseSensitive?: string[];
  metonymOf?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: AliasEntry;
  /** True when the alias must match with its exact capitalisation (US, UK, UN). */
  exact?: string[];
}

export const ALIASES: AliasEntry[] = aliasLexicon.entries as AliasEntry[];
export const ALIAS_BY_ID = new Map(ALIASES.map((e) => [e.id, e]));

/** Alias trie over lower-cased wink tokens, so "Washington, D.C." and "U.S." match as wink tokenises them. */
export const ALIAS_TRIE: TrieNode = { next: new Map() };

function addAlias(alias: string, entry: AliasEntry, exact: boolean) {
  const words: string[] = nlp.readDoc(alias).tokens().out(its.value) as string[];
  let node = ALIAS_TRIE;
  for (const word of words) {
    const key = word.toLowerCase();
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  if (node.entry && node.entry.id !== entry.id) throw new Error(`parallax: alias "${alias}" is listed twice (${node.entry.id}, ${entry.id})`);
  node.entry = entry;
  if (exact) node.exact = words;
}

for (const entry of ALIASES) {
  for (const alias of entry.aliases) addAlias(alias, entry, false);
  for (const alias of entry.caseSensitive ?? []) addAlias(alias, entry, true);
}

function wordsOfType(entries: Array<{ type: string; word: string }>, type: string): Set<string> {
  return new Set(entries.filter((e) => e.type === type).map((e) => e.word.toLowerCase()));
}

const entityEntries = entityLexicon.entries as Array<{ id: string; type: string; word: string; value?: number }>;
export const PLACE_PREPOSITIONS = wordsOfType(entityEntries, 'place-preposition');
export const ACTOR_PREPOSITIONS = wordsOfType(entityEntries, 'actor-preposition');
export const ORG_WORDS = wordsOfType(entityEntries, 'org-word');
export const THING_WORDS = wordsOfType(entityEntries, 'thing-word');
export const NAME_CONNECTORS = wordsOfType(entityEntries, 'name-connector');
export const UNIT_SKIP = wordsOfType(entityEntries, 'unit-skip');
export const NUMBER_WORDS = new Map(entityEntries.filter((e) => e.type === 'number-word').map((e) => [e.word, e.value ?? 0]));

const roleEntries = roleLexicon.entries as Array<{ id: string; type: string; word: string; alsoSurname?: boolean; means?: string[] }>;
export const SURNAME_TITLES = new Set(roleEntries.filter((e) => e.alsoSurname).map((e) => e.word));
export const ROLE_WORDS = wordsOfType(roleEntries, 'role');
export const HONORIFICS = wordsOfType(roleEntries, 'honorific');
export const VAGUE_HEADS = wordsOfType(roleEntries, 'vague-head');
/** Abbreviated titles and the role words they stand for: "gov." → governor. */
export const ROLE_MEANS = new Map(roleEntries.filter((e) => e.means).map((e) => [e.word, e.means!]));
