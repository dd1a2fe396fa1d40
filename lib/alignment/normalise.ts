// Word → comparison key. Irregular forms first (WordNet exception lists shipped in wink's model: held → hold,
// children → child), then the Porter stemmer, so that "negotiations", "negotiated" and "negotiate" meet.
// A stem is cheaper than a POS-tagged lemma (no second parse of the text) and joins noun and verb forms,
// which is what matching claims needs.
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import verbExceptions from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import nounExceptions from 'wink-eng-lite-web-model/dist/wn-noun-exceptions.js';

const cache = new Map<string, string>();
/** Longer than any English word: such a token is left as it is. */
const MAX_STEMMED_LETTERS = 40;

export function normaliseWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(/[’‘]/g, "'").replace(/'s$/, '').replace(/'$/, '');
  const base = Object.prototype.hasOwnProperty.call(verbExceptions, lower)
    ? verbExceptions[lower]
    : Object.prototype.hasOwnProperty.call(nounExceptions, lower)
      ? nounExceptions[lower]
      : lower;
  // the stemmer's suffix patterns rescan a word from every position: a 4,000-letter "word" took 300 ms
  const key = base.length <= MAX_STEMMED_LETTERS && /^\p{L}+$/u.test(base) ? stem(base) : base;
  if (cache.size < 200_000) cache.set(word, key);
  return key;
}
