// What a story is recognised by: the rare words of an article's headline and lead, names counted
// higher than common words, each keyed the way alignment keys words (stemmed, irregular forms joined).
// The headline counts twice: outlets rewrite bodies more than they rewrite what a story is about.
import { STOPWORDS } from '../alignment/lexicons';
import { normaliseWord } from '../alignment/normalise';

export interface StoryInput {
  id: string;
  outlet?: string;
  title?: string;
  text: string;
  publishedAt?: string;
}

/** The lead: the first words of the text, where every outlet states what happened. */
export const LEAD_WORDS = 120;
const HEADLINE_WEIGHT = 2;
const NAME_WEIGHT = 2.5;

const WORD = /\p{L}[\p{L}'’.-]*\p{L}|\p{L}|\d+(?:[.,]\d+)*/gu;

/** Term → count, weighted: headline words twice, capitalised words (not sentence-initial) one and a half. */
export function storyTermCounts(input: StoryInput): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    let previous = '.';
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const before = text.slice(Math.max(0, match.index! - 2), match.index!);
      const sentenceStart = /[.!?"“]\s*$/.test(before) || previous === '.';
      previous = /[.!?]$/.test(word) ? '.' : word;
      if (/^\d/.test(word)) {
        // a number tells two similar events apart (a magnitude, a toll, an age, a score); "1" and "2" do not
        if (word.replace(/\D/g, '').length >= 2 || word.includes('.')) counts.set(`#${word.replace(/,/g, '')}`, (counts.get(`#${word.replace(/,/g, '')}`) ?? 0) + weight);
        continue;
      }
      const lower = word.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '');
      if (STOPWORDS.has(lower) || lower.length < 2) continue;
      const key = normaliseWord(lower);
      if (STOPWORDS.has(key)) continue;
      const name = /^\p{Lu}/u.test(word) && !sentenceStart;
      counts.set(key, (counts.get(key) ?? 0) + weight * (name ? NAME_WEIGHT : 1));
    }
  };
  if (input.title) add(input.title, HEADLINE_WEIGHT);
  const lead = input.text.split(/\s+/).slice(0, LEAD_WORDS).join(' ');
  add(lead, 1);
  return counts;
}
