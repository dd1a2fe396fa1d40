// The quote placement pass on its own: which quotations each part holds and which one it starts in.
import { runPasses, partWith } from './run-passes';
import { isDirect } from '@/lib/claims/quote-placement';

describe('quote placement pass', () => {
  test('each part gets its quotations clipped to it, and the one it starts in', () => {
    const run = runPasses('“We will talk. We will sign,” he said. Oman said “yes” and “soon”.');
    const [first, second, third] = run.placed;
    expect(first).toMatchObject({ spans: [{ text: '“We will talk.' }], around: 0 });
    expect(second).toMatchObject({ spans: [{ text: 'We will sign,”' }], around: 0 });
    expect(third.spans.map((s) => s.text)).toEqual(['“yes”', '“soon”']);
    expect(third).toMatchObject({ first: 1, end: 3, around: -1 });
    for (const p of run.placed) for (const s of p.spans) expect(run.text.slice(s.start, s.end)).toBe(s.text);
  });

  test('a part without quotations has an empty range at the cursor', () => {
    const run = runPasses('Iran agreed. He said “yes”. Oman agreed.');
    const last = run.placed[partWith(run, 'Oman')];
    expect(last.spans).toEqual([]);
    expect(last.first).toBe(last.end);
    expect(last.around).toBe(-1);
  });

  test('content is direct when it opens with a quote mark or is almost all quotation', () => {
    const run = runPasses('He said the deal was “a historic step for everyone”.');
    const placed = run.placed[0];
    const span = (start: number, end: number) => ({ start, end, text: run.text.slice(start, end) });
    const quoteStart = run.text.indexOf('“');
    expect(isDirect(span(quoteStart, run.text.length - 1), run.quotations.list, placed)).toBe(true);
    expect(isDirect(span(run.text.indexOf('the deal'), run.text.length - 1), run.quotations.list, placed)).toBe(false);
  });
});
