// Kept lines → paragraphs: a blank line always breaks; a single line break breaks too, unless the text is hard-wrapped.
import type { RawLine } from './lines';

export interface Paragraph {
  text: string;
  rawIndex: number[];
}

export function joinIntoParagraphs(lines: RawLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && !line.blankBefore && isWrapContinuation(previous.text, line.text)) {
      previous.rawIndex.pop();
      previous.rawIndex.push(line.rawStart - 1);
      // A loop, not push(...spread): a very long line would exceed the argument limit.
      for (const index of line.rawIndex) previous.rawIndex.push(index);
      previous.text += ' ' + line.text;
    } else {
      paragraphs.push({ text: line.text, rawIndex: [...line.rawIndex] });
    }
  }
  return paragraphs;
}

// Hard-wrapped prose: the line stops mid-sentence (no closing punctuation) and the next one carries on in lower case,
// or the line is long and stops on a word or comma.
function isWrapContinuation(previous: string, next: string): boolean {
  if (/[.!?:;"”’)\]]$/.test(previous)) return false;
  if (/^[\p{Ll}(,;]/u.test(next)) return true;
  return previous.length >= 60 && /[\p{L}\p{N},\-–]$/u.test(previous) && previous.split(' ').length >= 10;
}
