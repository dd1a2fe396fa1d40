// wink reads a copy of the text in which endless runs of non-space characters are broken: same length,
// so token offsets still point into the original text.
import { breakOverlongRuns, MAX_RUN_CHARS, TokenTable } from '@/lib/nlp/tokens';

describe('breakOverlongRuns', () => {
  test('prose, URLs and runs up to the limit are untouched', () => {
    const prose = 'Talks resumed in Rome, https://example.org/2025/05/23/iran-us-talks-rome-oman officials said.';
    expect(breakOverlongRuns(prose)).toBe(prose);
    const run = 'x'.repeat(MAX_RUN_CHARS);
    expect(breakOverlongRuns(`a ${run} b`)).toBe(`a ${run} b`);
  });

  test('a longer run gets a space every MAX_RUN_CHARS characters, keeping its length and never splitting a surrogate pair', () => {
    const word = 'Iran'.repeat(60);
    const broken = breakOverlongRuns(`Said ${word}.`);
    expect(broken).toHaveLength(`Said ${word}.`.length);
    expect(broken.slice(5).split(' ').map((part) => part.length)).toEqual([100, 99, 40]);
    const emoji = '\u{1F600}'.repeat(120);
    const brokenEmoji = breakOverlongRuns(emoji);
    expect(brokenEmoji).toHaveLength(emoji.length);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(brokenEmoji)).toBe(false); // no lone surrogate
  });

  test('token offsets into the original text hold for an endless word', () => {
    const text = `He said ${'Iran'.repeat(2_000)} was near.`;
    const table = new TokenTable(text);
    const values = table.column('value');
    const spaces = table.column('precedingSpaces');
    let at = 0;
    values.forEach((value, i) => {
      at += spaces[i].length + value.length;
    });
    expect(at).toBe(text.trimEnd().length);
    expect(values.slice(-3)).toEqual(['was', 'near', '.']);
  });
});
