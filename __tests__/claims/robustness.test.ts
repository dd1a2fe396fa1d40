// Odd inputs never throw and never produce a span that does not point into the clean text.
import { analyseText, offsetProblems } from './helpers';

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
