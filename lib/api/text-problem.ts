// Why an article's text cannot be analysed, in words a person can act on; null when it can.
import { isWellFormedText, loneSurrogateMessage } from './well-formed';

// C0 control characters other than tab, line feed, vertical tab (Word's manual line break), form feed
// and carriage return do not occur in prose: a NUL, or more than a stray few, means a binary file or a
// wrong encoding was sent as text. A stray one (a DOS end-of-file mark) does not condemn an article.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const looksBinary = (text: string): boolean => {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls > Math.max(3, text.length / 200);
};
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const REPLACEMENT_CHARACTER = /\ufffd/g;

export function textProblem(text: string): string | null {
  if (text.length === 0) return 'The article text is empty.';
  if (text.trim().length === 0) return 'The article text contains only whitespace.';
  if (!isWellFormedText(text)) return `${loneSurrogateMessage('The article text')}.`;
  if (looksBinary(text)) return 'The article text contains binary control characters: send plain text (UTF-8), not a binary file.';
  const replaced = text.match(REPLACEMENT_CHARACTER)?.length ?? 0;
  if (replaced > 0 && replaced * 20 > text.length)
    return 'The article text is mostly undecodable bytes (U+FFFD): save it as UTF-8 and try again.';
  if (!WORD_CHARACTER.test(text)) return 'The article text has no letters or digits, so there are no claims to analyse.';
  return null;
}

/** Decodes bytes as UTF-8, refusing invalid sequences instead of silently replacing them. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: 'is not valid UTF-8 text: save it as UTF-8 (or send plain text) and try again' };
  }
}
