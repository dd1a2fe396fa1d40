import { annotate } from '@/lib/annotations';
import { compareTone, scoreSentiment } from '@/lib/sentiment';
import type { Claim, Entity } from '@/lib/contract/types';
import { buildArticle, span } from '../annotations/build-article';

const claimsOf = (text: string, id = 'a1', extras: Parameters<typeof buildArticle>[1] = () => ({})): Claim[] =>
  annotate(buildArticle(text, extras, id)).claims;

describe('sentiment', () => {
  it("gives the package's AFINN score with the words behind it, also next to curly quotes", () => {
    const s = scoreSentiment('Officials praised the “excellent” talks but warned of an attack.');
    expect(s).toEqual({
      score: 3 + 3 - 2 - 1,
      comparative: 0.3,
      label: 'positive',
      words: [
        { word: 'praised', score: 3 },
        { word: 'excellent', score: 3 },
        { word: 'warned', score: -2 },
        { word: 'attack', score: -1 },
      ],
      actorTone: [],
    });
  });

  it('attaches each scored word to the nearest actor, from proper nouns when the claim has no entities', () => {
    const [claim] = claimsOf('Egypt praised the talks while critics in Jordan warned of violence.');
    expect(claim.sentiment.actorTone).toEqual([
      { actor: 'Egypt', score: 3, words: [{ word: 'praised', score: 3 }] },
      {
        actor: 'Jordan',
        score: -7,
        words: [
          { word: 'critics', score: -2 },
          { word: 'warned', score: -2 },
          { word: 'violence', score: -3 },
        ],
      },
    ]);
  });

  it("uses the claims stage's entities, by canonical name, when there are some", () => {
    const text = 'Tehran condemned the attack.';
    const tehran: Entity = { ...span(text, 'Tehran'), kind: 'place', canonical: 'Iran' };
    const [claim] = claimsOf(text, 'a1', () => ({ entities: [tehran] }));
    expect(claim.sentiment.actorTone).toEqual([
      { actor: 'Iran', score: -3, words: [{ word: 'condemned', score: -2 }, { word: 'attack', score: -1 }] },
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

  it('flips a word after a negator, as the package does', () => {
    const [claim] = claimsOf("Rome didn't welcome the plan.");
    expect(claim.sentiment.actorTone[0]).toEqual({ actor: 'Rome', score: -2, words: [{ word: 'welcome', score: -2 }] });
  });
});

describe('compareTone', () => {
  const a = claimsOf('Gunmen attacked the village.', 'a1');
  const b = claimsOf('Terrorists carried out a massacre in the village, killing dozens.', 'a2');

  it('names the more negative source, by how much, and the words that make the difference', () => {
    expect(compareTone([...a, ...b], { a1: 'Outlet A', a2: 'Outlet B' })).toEqual({
      moreNegative: 'a2',
      difference: a[0].sentiment.score - b[0].sentiment.score,
      note: "Outlet B is more negative by 2; Outlet B says 'Terrorists' where Outlet A says 'attacked'.",
    });
  });

  it('points to the positive words of the kinder source when the other has no words of its own', () => {
    const kind = claimsOf('The ministers agreed on a fair deal.', 'a1');
    const flat = claimsOf('The ministers met on the deal.', 'a2');
    expect(compareTone([...kind, ...flat]).note).toBe("a2 is more negative by 3; a1 uses positive words a2 does not: 'fair', 'agreed'.");
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
