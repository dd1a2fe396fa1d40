// The claim records pass on its own: speaker, kind and check-worthiness of each part, from the earlier passes' data.
import { runPasses } from './run-passes';
import { claimRecords, unreadClaims } from '@/lib/claims/claim-records';
import type { IngestedArticle } from '@/lib/contract/stages';

function article(text: string, extra: Partial<IngestedArticle> = {}): IngestedArticle {
  return { id: 'a1', outlet: 'Test', title: '', text, language: { code: 'en', supported: true }, removed: [], ...extra } as IngestedArticle;
}

function recordsOf(text: string, extra: Partial<IngestedArticle> = {}) {
  const run = runPasses(text, extra.title ? extra.title.length : -1);
  const a = article(text, extra);
  return claimRecords(a, { tokens: run.read.tokens, inQuote: run.quotations.inQuote, wink: run.read.entities, ...run });
}

describe('claim records pass', () => {
  test('an attributed part is a statement whose speaker joins the frame\'s verb, the person and the content', () => {
    const [claim] = recordsOf('Foreign Minister Abbas Araghchi said on Monday that Iran would resume talks in Oman.');
    expect(claim).toMatchObject({ id: 'a1c1', index: 0, start: 0, kind: 'statement', paragraph: 0 });
    expect(claim.speaker).toEqual({
      name: 'Abbas Araghchi',
      role: 'Foreign Minister',
      verb: 'said',
      quote: 'indirect',
      vague: false,
      mention: { start: 0, end: 31, text: 'Foreign Minister Abbas Araghchi' },
      content: { start: 52, end: 83, text: 'Iran would resume talks in Oman' },
    });
    expect(claim.checkworthiness.features).toContain('attributed to Abbas Araghchi');
  });

  test('a speaker a later frame gives is scored like any other: its feature in the usual place', () => {
    const claims = recordsOf('“This is illegal. It is punishable by prison,” Darrell Issa said.');
    expect(claims[0]).toMatchObject({ kind: 'statement', speaker: { name: 'Darrell Issa', content: { text: '“This is illegal' } } });
    expect(claims[0].checkworthiness.features).toEqual(['attributed to Darrell Issa', 'very short']);
  });

  test('kinds: the title is a headline, a year well before the article\'s is background, evaluation is opinion', () => {
    const text = 'Talks resume in Oman\n\nThe first round was held in 2013. Iran should accept the offer. Oman will host the talks.';
    const claims = recordsOf(text, { title: 'Talks resume in Oman', publishedAt: '2025-05-01' });
    expect(claims.map((c) => c.kind)).toEqual(['headline', 'background', 'opinion', 'event']);
  });

  test('a language the analysis does not read: the parts, with their quotations and nothing else', () => {
    const run = runPasses('Das ist „gut“. Wir gehen.');
    const claims = unreadClaims(article(run.text, { language: { code: 'de', supported: false } } as Partial<IngestedArticle>), run.parts, run.placed);
    expect(claims.map((c) => [c.text, c.kind, c.speaker, c.entities])).toEqual([
      ['Das ist „gut“.', 'event', null, []],
      ['Wir gehen.', 'event', null, []],
    ]);
    expect(claims[0].checkworthiness).toEqual({ score: 0, features: ['unsupported language (de): not analysed'] });
  });
});
