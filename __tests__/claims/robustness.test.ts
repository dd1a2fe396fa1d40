// Odd inputs never throw and never produce a span that does not point into the clean text.
import { analyseText, offsetProblems } from './helpers';
import { findQuotations } from '@/lib/claims/quotes';

const ODD_INPUTS: Record<string, string> = {
  'only punctuation': '... !!! ??? — “ ” "',
  'unclosed quotation': '“This never closes, the minister said. And more text follows here.',
  'quote marks only': '“”\n\n""',
  'windows line ends and tabs': 'Iran agreed.\r\n\r\n\tOman will mediate.\r\nThe US said yes.',
  'emoji and RTL': 'Talks 🙂 resumed. قالت الحكومة إن المحادثات ستستأنف. Iran agreed.',
  'one long token': 'x'.repeat(5000),
  'numbers only': '1,200 5% $6 billion 2023',
  'html left in': '<p>Iran said <b>yes</b>.</p>\n<div class="share">Share the Article</div>',
  'nested quotes': '“He told me ‘wait’ and I said “no”,” Smith said.',
  'dangling frame': 'He said',
  'list markers': '1. Iran agreed.\n2. Oman mediated.\n• The US confirmed.',
  'capital dateline only': 'WASHINGTON —',
  'zero width and nbsp': 'Iran\u200b agreed\u00a0to\u00a0talks.',
  // A lone mark before a quotation that runs on into the next paragraph once made that quotation continue itself.
  'lone mark, then a quotation running on': [
    'I am excited because I know what is coming and he is going to have a blast . "',
    'Jane Doe , who stars as the companion , said : "I am so excited Tom Baker is the man taking on the challenge of becoming the next lead .',
    '"With his writing and his talent I know we will be making an amazing show with an incredible lead .',
  ].join('\n'),
};

describe('robustness', () => {
  test.each(Object.entries(ODD_INPUTS))('%s', (_name, text) => {
    const article = analyseText(text);
    expect(offsetProblems(article)).toEqual([]);
    for (const c of article.claims) expect(c.end).toBeGreaterThan(c.start);
    for (const r of article.removed) expect(text.slice(r.rawStart, r.rawEnd)).toBe(r.text);
  });

  test('a very long article with hard-wrapped lines is handled', () => {
    const line = 'The minister said that the talks, which began in April after months of delay, would resume';
    const wrapped = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `${line}\nnext week in Oman.` : line + ' and')).join('\n');
    // A wrapped continuation line longer than the engine's argument limit for push(...spread).
    const hugeLine = `The talks would resume\nand ${'then resume again and '.repeat(20000)}end.`;
    for (const text of [wrapped, hugeLine]) {
      const article = analyseText(text);
      expect(article.claims.length).toBeGreaterThan(0);
      expect(offsetProblems(article)).toEqual([]);
    }
  });

  test('the same input gives the same output', () => {
    const text = 'Foreign Minister Abbas Araghchi said on Monday that talks would resume in Rome, and Oman would mediate.';
    expect(JSON.stringify(analyseText(text))).toBe(JSON.stringify(analyseText(text)));
  });
});

describe('quotations running on across paragraphs', () => {
  test('a continuation always points to an earlier quotation, even after lone marks are dropped', () => {
    const text = 'A blast . "\n\nJane said : "I am so excited .\n\n"With his talent we will make a show .\n\n" \n\n"Again .';
    const quotes = findQuotations(text);
    quotes.forEach((q, i) => expect(q.continues).toBeLessThan(i));
    expect(quotes.some((q) => q.continues >= 0)).toBe(true);
  });

  test('the speaker of a run-on quotation carries into the next paragraph', () => {
    const article = analyseText(ODD_INPUTS['lone mark, then a quotation running on']);
    const last = article.claims[article.claims.length - 1];
    expect(last.text.startsWith('"With his writing')).toBe(true);
    expect(last.speaker?.name).toBe('Jane Doe');
  });
});
