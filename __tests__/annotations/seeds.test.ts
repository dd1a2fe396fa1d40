// The required behaviour on the two seed articles, through the whole pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@/lib/pipeline';
import type { Analysis, Annotation } from '@/lib/contract/types';

const seed = (file: string) => readFileSync(join(__dirname, '../../seeds', file), 'utf8');
let analysis: Analysis;
beforeAll(() => {
  analysis = analyze([
    { outlet: 'Outlet A', text: seed('000_68b51bf4a201928c.txt') },
    { outlet: 'Outlet B', text: seed('004_8987d4694f22efb9.txt') },
  ]);
});
const annotations = (i: number): Annotation[] => analysis.articles[i].claims.flatMap((c) => c.annotations);

describe('seed articles', () => {
  it("gives the second seed's narrator voice a clearly higher judgement density than the first's", () => {
    // Judgement density as the issue counts it: loaded, label, subjective and booster words in the narrator's
    // voice per 100 words; and the loaded density of the source profile, as before issue 12.
    const judgement = (i: number) =>
      (100 * annotations(i).filter((a) => a.voice === 'narrator' && ['loaded', 'label', 'subjective', 'booster'].includes(a.kind)).length) /
      analysis.articles[i].wordCount;
    expect(judgement(1)).toBeGreaterThan(3 * judgement(0));
    const [first, second] = analysis.sources;
    expect(second.loadedDensity.narrator).toBeGreaterThan(3 * first.loadedDensity.narrator);
    expect(second.loadedDensity.narrator).toBeGreaterThan(1);
  });

  it('reads no reporting verb as tone: "Gharibabadi stressed that …" is not negative, "reluctantly agreed" is not positive', () => {
    const claims = analysis.articles.flatMap((a) => a.claims);
    const stressed = claims.find((c) => c.text.includes('stressed that Oman'));
    expect(stressed).toBeDefined();
    expect(stressed!.sentiment.words.map((w) => w.word.toLowerCase())).not.toContain('stressed');
    expect(stressed!.sentiment.label).not.toBe('negative');
    const reluctantly = claims.find((c) => c.text.includes('reluctantly agreed'));
    expect(reluctantly).toBeDefined();
    expect(reluctantly!.sentiment.label).not.toBe('positive');
  });

  it('annotates terrorists, massacre and aggression in the second seed, each with a note', () => {
    for (const word of ['terrorists', 'massacre', 'aggression']) {
      const found = annotations(1).find((a) => a.text.toLowerCase() === word);
      expect(found).toBeDefined();
      expect(found!.note.length).toBeGreaterThan(20);
      expect(found!.voice).toBe('narrator');
    }
  });

  it("marks 'widely recognized by both Israeli and Western intelligence services' as vague sourcing", () => {
    expect(annotations(1).filter((a) => a.kind === 'vague-source').map((a) => a.text)).toContain(
      'widely recognized by both Israeli and Western intelligence services',
    );
  });

  it("counts the Fararu article's 'disastrous history … incompetence' as quoted, not the outlet's voice", () => {
    const inQuote = annotations(0).filter((a) => a.text === 'disastrous' || a.text === 'incompetence');
    expect(inQuote.map((a) => a.voice)).toEqual(['quoted', 'quoted']);
  });

  it('keeps every annotation offset exact', () => {
    for (const article of analysis.articles) {
      for (const a of article.claims.flatMap((c) => c.annotations)) expect(article.text.slice(a.start, a.end)).toBe(a.text);
    }
  });
});
