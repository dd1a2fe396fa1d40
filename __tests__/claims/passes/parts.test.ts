// The parts pass on its own: sentences and clauses become the spans that turn into claims.
import { readText } from '@/lib/claims/tokens';
import { readQuotations } from '@/lib/claims/quotes';
import { claimParts, type PartOptions } from '@/lib/claims/parts';

function partsOf(text: string, options: Partial<PartOptions> = {}) {
  const read = readText(text);
  const { inQuote } = readQuotations(text, read.tokens);
  return claimParts(text, read, inQuote, { titleLength: -1, split: true, ...options }).map((p) => {
    expect(text.slice(p.textStart, p.textEnd)).toBe(text.slice(read.tokens[p.first].start, read.tokens[p.end - 1].end));
    return { text: text.slice(p.textStart, p.textEnd), paragraph: p.paragraph, headline: p.headline, continuation: p.continuation };
  });
}

describe('parts pass', () => {
  test('sentences in paragraphs, with their character offsets', () => {
    expect(partsOf('Iran agreed. Oman will host.\n\nThe US confirmed.')).toEqual([
      { text: 'Iran agreed.', paragraph: 0, headline: false, continuation: false },
      { text: 'Oman will host.', paragraph: 0, headline: false, continuation: false },
      { text: 'The US confirmed.', paragraph: 1, headline: false, continuation: false },
    ]);
  });

  test('independent clauses split, the second marked as a continuation', () => {
    expect(partsOf('Tehran agreed to the venue, but Washington rejected the date.')).toEqual([
      { text: 'Tehran agreed to the venue', paragraph: 0, headline: false, continuation: false },
      { text: 'Washington rejected the date.', paragraph: 0, headline: false, continuation: true },
    ]);
  });

  test('no split inside a quotation, and none in a language the analysis does not read', () => {
    expect(partsOf('He said “Tehran agreed to the venue, but Washington rejected the date” on Monday.')).toHaveLength(1);
    expect(partsOf('Tehran agreed to the venue, but Washington rejected the date.', { split: false })).toHaveLength(1);
  });

  test('the title and a subheading stay whole as headlines', () => {
    const text = 'Talks move to Rome, and Oman stays\n\nIran agreed on Monday.\n\nWHAT THE DEAL SAYS\n\nIt limits enrichment.';
    expect(partsOf(text, { titleLength: 'Talks move to Rome, and Oman stays'.length }).map((p) => [p.text, p.headline])).toEqual([
      ['Talks move to Rome, and Oman stays', true],
      ['Iran agreed on Monday.', false],
      ['WHAT THE DEAL SAYS', true],
      ['It limits enrichment.', false],
    ]);
  });

  test('a long verbless list of "…, and …" items is one part', () => {
    const text = 'Peace' + ', and peace'.repeat(3000) + '.';
    expect(partsOf(text)).toHaveLength(1);
  });
});
