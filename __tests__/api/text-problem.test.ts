import { decodeUtf8, textProblem } from '@/lib/api/text-problem';

describe('textProblem', () => {
  test.each([
    ['', 'The article text is empty.'],
    [' \n\t ', 'The article text contains only whitespace.'],
    ['PK\u0003\u0004\u0000\u0000 data', 'The article text contains binary control characters: send plain text (UTF-8), not a binary file.'],
    ['a\u0001b\u0002c\u0003d\u0004e', 'The article text contains binary control characters: send plain text (UTF-8), not a binary file.'],
    ['\ufffd\ufffd\ufffd ab', 'The article text is mostly undecodable bytes (U+FFFD): save it as UTF-8 and try again.'],
    ['... !!! "" \u201c\u201d', 'The article text has no letters or digits, so there are no claims to analyse.'],
  ])('%j is refused', (text, message) => {
    expect(textProblem(text)).toBe(message);
  });

  test.each(['a', '1990', 'Talks resumed.\u000bLine two.\fPage two.', 'Old DOS file, talks resumed.\u001a', 'Gespräche in Rom.', '会谈继续举行。'])('%j is accepted', (text) => {
    expect(textProblem(text)).toBeNull();
  });

  test('decodeUtf8 refuses invalid sequences instead of replacing them', () => {
    expect(decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'café' });
    expect(decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ error: expect.stringMatching(/not valid UTF-8/) });
  });
});
