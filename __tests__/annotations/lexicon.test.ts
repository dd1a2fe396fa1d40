import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, matchPhrases, validateLexicon, type LexiconFile } from '@/lib/annotations/lexicon';
import { tokenize } from '@/lib/annotations/tokens';

const header = { source: 'test', licence: 'MIT', notes: 'test lexicon', lists: [{ id: 'parallax', title: 't', source: 's', licence: 'MIT' }] };
const lexicon = (entries: LexiconFile['entries']): LexiconFile => ({ ...header, entries });
const entry = (id: string, match: string | string[], extra = {}) => ({ id, match, note: 'a note for students', ...extra });

describe('lexicons', () => {
  it('refuses duplicate ids, missing notes, unknown lists and missing provenance', () => {
    expect(() => validateLexicon('x.json', lexicon([entry('a', 'one'), entry('a', 'two')]))).toThrow('parallax lexicon x.json: duplicate id a');
    expect(() => validateLexicon('x.json', lexicon([{ id: 'b', match: 'one', note: '' }]))).toThrow('a note in plain words is required');
    expect(() => validateLexicon('x.json', lexicon([entry('c', 'one', { lists: ['nowhere'] })]))).toThrow('unknown list nowhere');
    expect(() => validateLexicon('x.json', { ...lexicon([entry('d', 'one')]), licence: '' })).toThrow('missing "licence" header');
    expect(() => validateLexicon('x.json', lexicon([entry('e', 'one'), entry('f', 'One')]))).toThrow('duplicate match');
  });

  it('matches by surface form or lemma, with POS slots, the longest match winning', () => {
    const matcher = compileLexicon('x.json', lexicon([entry('war', 'war'), entry('war-on', 'war on'), entry('x-backed', ['{PROPN|ADJ}', '-', 'backed'])]));
    const text = 'The war on drugs and the wars of Syrian-backed groups.';
    const tokens = tokenize(text);
    const found = matchPhrases(matcher, tokens, 0, tokens.length).map((m) => [m.entry.id, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['war-on', 'war on'],
      ['war', 'wars'],
      ['x-backed', 'Syrian-backed'],
    ]);
  });

  it('matches a word by its beginning for items ending in *, and hyphen look-alikes as hyphens', () => {
    const matcher = compileLexicon('x.json', lexicon([entry('pro-x', ['pro-*']), entry('x-backed', ['{PROPN|ADJ}', '-', 'backed'])]));
    const text = 'Pro-Russian forces met Iranian\u2011backed groups and a pro- sign.';
    const tokens = tokenize(text);
    expect(matchPhrases(matcher, tokens, 0, tokens.length).map((m) => text.slice(m.start, m.end))).toEqual(['Pro-Russian', 'Iranian\u2011backed']);
  });

  it('ships lexicon files that validate, each with provenance and licence per list', () => {
    const dir = join(__dirname, '../../lexicons');
    const files = readdirSync(dir).filter((f) => f.startsWith('annotations-') || f === 'frames.json');
    expect(files.length).toBe(10);
    for (const file of files) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LexiconFile;
      expect(() => validateLexicon(file, data)).not.toThrow();
      for (const list of data.lists) expect(list.licence && list.source).toBeTruthy();
    }
  });
});
