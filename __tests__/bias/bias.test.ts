// The narrator-bias score: fitted weights from lexicons/bias-model.json, explained by the words behind it.
import { annotate } from '@/lib/annotations';
import model from '@/lexicons/bias-model.json';
import { FEATURES } from '@/lib/bias/features';
import { biasChip } from '@/lib/view/tone';
import type { Claim } from '@/lib/contract/types';
import { buildArticle, span } from '../annotations/build-article';

const claimOf = (text: string, extras: Parameters<typeof buildArticle>[1] = () => ({})): Claim => annotate(buildArticle(text, extras)).claims[0];

describe('narrator bias', () => {
  it('scores loaded narrator wording above a plain report of the same event, naming the words', () => {
    const plain = claimOf('Gunmen attacked the village on Tuesday.');
    const loaded = claimOf('Terrorists carried out a brutal massacre in the village on Tuesday.');
    expect(loaded.bias!.score).toBeGreaterThan(plain.bias!.score);
    expect(loaded.bias!.words.map((w) => w.text)).toEqual(expect.arrayContaining(['Terrorists', 'massacre', 'brutal']));
    for (const w of loaded.bias!.words) expect(loaded.text.slice(w.start - loaded.start, w.end - loaded.start)).toBe(w.text);
    expect(plain.bias!.words.filter((w) => w.feature.startsWith('narrator:') || w.feature.startsWith('tone:'))).toEqual([]);
  });

  it("gives the speaker's words to the speaker: a quoted verdict weighs less than the same words from the narrator", () => {
    const text = 'The minister called it a brutal massacre.';
    const narrator = claimOf(text);
    const quoted = claimOf('The minister called it “a brutal massacre”.', (t) => ({ quotes: [span(t, '“a brutal massacre”')] }));
    expect(quoted.bias!.score).toBeLessThan(narrator.bias!.score);
    expect(quoted.bias!.words.every((w) => w.feature !== 'narrator:loaded')).toBe(true);
  });

  it('adds up: the score is the logistic of the intercept plus each feature weight times its value', () => {
    const claim = claimOf('Critics slammed the disastrous plan.');
    const sum = claim.bias!.words.reduce((s, w) => s + w.weight, 0);
    // Word features alone (claim features such as length add the rest): the named words raise the score.
    expect(sum).toBeGreaterThan(0);
    expect(claim.bias!.loaded).toBe(claim.bias!.score >= model.threshold);
  });

  it('ships a weight for every feature, with the provenance of the fit', () => {
    for (const f of FEATURES) expect(typeof (model.weights as Record<string, number>)[f]).toBe('number');
    expect(model.provenance.aucLeaveOneEventOut).toBeGreaterThan(0.5);
    expect(model.provenance.command).toContain('scripts/train/bias.ts');
  });
});

describe('biasChip', () => {
  it('says the score and the words behind it in plain words, and nothing for a claim without a score', () => {
    const claim = claimOf('Terrorists carried out a brutal massacre in the village.');
    const chip = biasChip(claim.bias)!;
    expect(chip.score).toBe(claim.bias!.score.toFixed(2));
    expect(chip.words).toContain('massacre (loaded wording) +');
    expect(chip.description).toContain(`Narrator bias ${chip.score}`);
    expect(biasChip(undefined)).toBeNull();
  });
});
