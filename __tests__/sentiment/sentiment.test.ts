import { annotate } from '@/lib/annotations';
import { compareTone } from '@/lib/sentiment';
import type { Claim, Entity } from '@/lib/contract/types';
import { buildArticle, span } from '../annotations/build-article';

const claimsOf = (text: string, id = 'a1', extras: Parameters<typeof buildArticle>[1] = () => ({})): Claim[] =>
  annotate(buildArticle(text, extras, id)).claims;

describe('sentiment', () => {
  it('scores only the evaluative words, with AFINN intensity, also next to curly quotes', () => {
    const [claim] = claimsOf('The “disastrous” plan drew a brilliant reply.');
    expect([claim.sentiment.score, claim.sentiment.label, claim.sentiment.words]).toEqual([
      -3 + 4,
      'positive',
      [
        { word: 'disastrous', score: -3 },
        { word: 'brilliant', score: 4 },
      ],
    ]);
  });

  it('never reads a reporting verb as sentiment: "stressed that" is reporting, not distress', () => {
    const [claim] = claimsOf('Gharibabadi stressed that Oman would continue the talks.');
    expect([claim.sentiment.score, claim.sentiment.label, claim.sentiment.words]).toEqual([0, 'neutral', []]);
  });

  it('gives a claim with no evaluative words a neutral tone, whatever AFINN makes of its event words', () => {
    const [agreed] = claimsOf('The ministers agreed on the deal after the attack killed three people.');
    expect([agreed.sentiment.score, agreed.sentiment.label]).toEqual([0, 'neutral']);
    const [reluctant] = claimsOf('Tehran has reluctantly agreed to the terms.');
    expect(reluctant.sentiment.words).toEqual([{ word: 'reluctantly', score: -1 }]);
    expect(reluctant.sentiment.label).toBe('negative');
  });

  it("leaves the words inside a quotation to the speaker: they do not set the outlet's tone", () => {
    const [claim] = claimsOf('The minister called the plan “a disgraceful betrayal”.', 'a1', (t) => ({ quotes: [span(t, '“a disgraceful betrayal”')] }));
    expect([claim.sentiment.score, claim.sentiment.words]).toEqual([0, []]);
  });

  it('attaches each scored word to the nearest actor, from proper nouns when the claim has no entities', () => {
    const [claim] = claimsOf('Egypt made a generous offer while officials in Jordan gave a hostile reply.');
    expect(claim.sentiment.actorTone).toEqual([
      { actor: 'Egypt', score: 2, words: [{ word: 'generous', score: 2 }] },
      { actor: 'Jordan', score: -2, words: [{ word: 'hostile', score: -2 }] },
    ]);
  });

  it("uses the claims stage's entities, by canonical name, when there are some", () => {
    const text = 'Tehran made a cruel and cynical threat.';
    const tehran: Entity = { ...span(text, 'Tehran'), kind: 'place', canonical: 'Iran' };
    const [claim] = claimsOf(text, 'a1', () => ({ entities: [tehran] }));
    expect(claim.sentiment.actorTone).toEqual([
      { actor: 'Iran', score: -5, words: [{ word: 'cruel', score: -3 }, { word: 'cynical', score: -2 }] },
    ]);
  });

  it("does not score words inside actors' names", () => {
    const text = 'United States officials met in Hope.';
    const entities: Entity[] = [
      { ...span(text, 'United States'), kind: 'place', canonical: 'United States' },
      { ...span(text, 'Hope'), kind: 'place', canonical: 'Hope' },
    ];
    const [claim] = claimsOf(text, 'a1', () => ({ entities }));
    expect([claim.sentiment.score, claim.sentiment.words]).toEqual([0, []]);
    expect(claim.sentiment.actorTone.map((t) => t.score)).toEqual([0, 0]);
  });

  it('flips a word whose phrase a negator opens, and only there', () => {
    const [claim] = claimsOf("Rome said the plan wasn't helpful.");
    expect(claim.sentiment.words).toEqual([{ word: 'helpful', score: -2 }]);
    const [not] = claimsOf('It was not a massacre.');
    expect(not.sentiment.words).toEqual([{ word: 'massacre', score: 1 }]);
    const [broken] = claimsOf('No one came, and the reply was cruel.');
    expect(broken.sentiment.words).toEqual([{ word: 'cruel', score: -3 }]);
  });
});

describe('compareTone', () => {
  const a = claimsOf('Gunmen attacked the village.', 'a1');
  const b = claimsOf('Terrorists carried out a massacre in the village, killing dozens.', 'a2');

  it('names the more negative source, by how much, and the words that make the difference', () => {
    expect(compareTone([...a, ...b], { a1: 'Outlet A', a2: 'Outlet B' })).toEqual({
      moreNegative: 'a2',
      difference: a[0].sentiment.score - b[0].sentiment.score,
      note: `Outlet B is more negative by 1; Outlet B says 'Terrorists', 'massacre', Outlet A has no such words. Narrator bias: Outlet B ${b[0].bias!.score.toFixed(2)}, Outlet A ${a[0].bias!.score.toFixed(2)}.`,
    });
    expect(b[0].bias!.score - a[0].bias!.score).toBeGreaterThan(0.1);
  });

  it('leaves the narrator bias out when the wording of the sources scores alike', () => {
    const flat = claimsOf('Gunmen attacked the town.', 'a2');
    expect(compareTone([...a, ...flat]).note).not.toContain('Narrator bias');
  });

  it('points to the positive words of the kinder source when the other has no words of its own', () => {
    const kind = claimsOf('The ministers agreed on a generous deal.', 'a1');
    const flat = claimsOf('The ministers met on the deal.', 'a2');
    expect(compareTone([...kind, ...flat]).note).toBe("a2 is more negative by 2; a1 uses positive words a2 does not: 'generous'.");
  });

  it('reports a level tone and a single source plainly', () => {
    expect(compareTone([...a, ...claimsOf('Gunmen attacked the town.', 'a2')])).toEqual({
      moreNegative: null,
      difference: 0,
      note: `Same tone in all sources (score ${a[0].sentiment.score}).`,
    });
    expect(compareTone(a).moreNegative).toBeNull();
  });
});
