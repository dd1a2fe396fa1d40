// The alignment word lists, loaded once and turned into lookup maps keyed by normaliseWord keys.
import stopwordsFile from '../../lexicons/alignment-stopwords.json';
import attributionFile from '../../lexicons/alignment-attribution.json';
import synonymsFile from '../../lexicons/alignment-synonyms.json';
import polarityFile from '../../lexicons/alignment-polarity.json';
import rolesFile from '../../lexicons/alignment-roles.json';
import quantitiesFile from '../../lexicons/alignment-quantities.json';
import frequencyFile from '../../lexicons/alignment-word-frequency.json';
import { normaliseWord } from './normalise';

const keysOf = (words: string[]) => new Set(words.map(normaliseWord));

export const STOPWORDS = new Set([...stopwordsFile.entries.map((w) => w.toLowerCase()), ...keysOf(stopwordsFile.entries)]);
export const ATTRIBUTION = keysOf(attributionFile.entries);

/** Comparison key → synonym class id, and the class id → words for explanations. */
export const SYNONYM_CLASS = new Map<string, string>();
for (const entry of synonymsFile.entries) {
  for (const word of entry.words) if (!word.includes(' ')) SYNONYM_CLASS.set(normaliseWord(word), `~${entry.id}`);
}

export const NEGATIONS = new Set(polarityFile.negations);
/** Pairs of predicate keys (synonym class ids or word keys) that contradict each other. */
export const OPPOSITES: { id: string; a: string; b: string }[] = polarityFile.entries.map((e) => ({
  id: e.id,
  a: classOrKey(e.a),
  b: classOrKey(e.b),
}));
function classOrKey(word: string): string {
  return synonymsFile.entries.some((s) => s.id === word) ? `~${word}` : SYNONYM_CLASS.get(normaliseWord(word)) ?? normaliseWord(word);
}

export const ROLE_SYNONYM = new Map<string, string>();
for (const entry of rolesFile.entries) for (const word of entry.words) ROLE_SYNONYM.set(normaliseWord(word), entry.id);
export const ROLE_QUALIFIERS = keysOf(rolesFile.qualifiers);

export const NUMBER_WORDS = new Map(Object.entries(quantitiesFile.numbers));
export const ORDINALS = new Map(Object.entries(quantitiesFile.ordinals));
export const MULTIPLIERS = new Map(Object.entries(quantitiesFile.multipliers));
export const WEEKDAYS = new Set(quantitiesFile.weekdays);
export const MONTHS = new Set(quantitiesFile.months);

/** Background frequency of comparison keys (SUBTLEX-US), for rarity when the comparison is small. */
export const BACKGROUND_COUNT = new Map<string, number>(frequencyFile.entries as [string, number][]);
export const BACKGROUND_TOTAL: number = frequencyFile.total;
/** Keys below this count are not shipped: they are all "rare". */
export const BACKGROUND_FLOOR = 20;
import rolesPast from '../../lexicons/alignment-roles.json';
export const ROLE_PAST = new Set(rolesPast.past.map((w) => w.toLowerCase()));

import wordnetFile from '../../lexicons/alignment-wordnet.json';
/** Comparison key → WordNet sense classes (synsets and derivations, first senses only); see scripts/build-wordnet-table.ts. */
export const SENSE_CLASSES = new Map<string, readonly number[]>(Object.entries(wordnetFile.entries as Record<string, number[]>));
/** Keys that can name a happening (verbs, nouns of acts and events), per WordNet's first senses. */
export const EVENT_KEYS = new Set<string>(wordnetFile.events);
