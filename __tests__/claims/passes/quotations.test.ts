// The quotations pass on its own: where quotations are, which tokens they hold, and how they run on across paragraphs.
import { readText } from '@/lib/claims/tokens';
import { readQuotations } from '@/lib/claims/quotes';

function quotationsOf(text: string) {
  const read = readText(text);
  const { list, inQuote } = readQuotations(text, read.tokens);
  const quoted = read.tokens.filter((_, i) => inQuote[i]).map((t) => t.value);
  return { quotes: list.map((q) => ({ text: text.slice(q.start, q.end), continues: q.continues })), quoted };
}

describe('quotations pass', () => {
  test('a closed quotation: its span with both marks; the tokens inside it, not the marks', () => {
    expect(quotationsOf('He said “we agree” today.')).toEqual({ quotes: [{ text: '“we agree”', continues: -1 }], quoted: ['we', 'agree'] });
  });

  test('straight quotes open only after a space or the start, and close at the next mark', () => {
    expect(quotationsOf('The "deal" is "done".').quotes.map((q) => q.text)).toEqual(['"deal"', '"done"']);
  });

  test('a paragraph left open continues into the next one that opens with a quote mark', () => {
    const { quotes } = quotationsOf('“We will talk.\n\n“And we will sign,” he said.');
    expect(quotes).toEqual([
      { text: '“We will talk.', continues: -1 },
      { text: '“And we will sign,”', continues: 0 },
    ]);
  });

  test('a paragraph that does not open with a quote mark continues nothing', () => {
    expect(quotationsOf('“We will talk.\n\nHe left. “Later,” he said.').quotes.map((q) => q.continues)).toEqual([-1, -1]);
  });

  test('a second opening mark restarts an unclosed quotation', () => {
    expect(quotationsOf('“One thing “and another” here.').quotes.map((q) => q.text)).toEqual(['“One thing', '“and another”']);
  });

  test('a lone mark is no quotation, and the quotations after it keep continuing the right one', () => {
    const { quotes } = quotationsOf('It ends . "\n\n“Then it opens.\n\n“And goes on.');
    expect(quotes).toEqual([
      { text: '“Then it opens.', continues: -1 },
      { text: '“And goes on.', continues: 0 },
    ]);
  });
});
