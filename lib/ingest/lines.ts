// Raw input → folded lines that remember where each character came from, so removed[] can point into the raw text.

/** One non-empty line of the raw input, whitespace folded, with a map back to raw offsets. */
export interface RawLine {
  text: string;
  /** `rawIndex[i]` is the raw offset of `text[i]`; `rawIndex[text.length]` is the raw end. */
  rawIndex: number[];
  rawStart: number;
  rawEnd: number;
  /** True when one or more blank lines came before this line (a paragraph break). */
  blankBefore: boolean;
}

// Spaces that fold to one ordinary space; zero-width characters and the BOM are dropped.
const FOLDABLE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\f\v]/;
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/;

export function splitRawLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let blankBefore = false;
  let lineStart = 0;
  for (let i = 0; i <= raw.length; i++) {
    const ch = raw[i];
    if (i < raw.length && ch !== '\n' && ch !== '\r' && ch !== '\u2028' && ch !== '\u2029') continue;
    const line = foldLine(raw, lineStart, i);
    if (line) {
      lines.push({ ...line, blankBefore: blankBefore || lines.length === 0 });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    if (ch === '\r' && raw[i + 1] === '\n') i++;
    if (ch === '\u2029') blankBefore = true;
    lineStart = i + 1;
  }
  return lines;
}

/** Folds runs of whitespace to one space and trims, keeping every other character (quotes, accents) as written. */
export function foldLine(raw: string, start: number, end: number): Omit<RawLine, 'blankBefore'> | null {
  let text = '';
  const rawIndex: number[] = [];
  let pendingSpace = -1;
  for (let i = start; i < end; i++) {
    const ch = raw[i];
    if (INVISIBLE.test(ch)) continue;
    if (FOLDABLE.test(ch)) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      rawIndex.push(pendingSpace);
      pendingSpace = -1;
    }
    text += ch;
    rawIndex.push(i);
  }
  if (!text) return null;
  const rawEnd = rawIndex[rawIndex.length - 1] + 1;
  rawIndex.push(rawEnd);
  return { text, rawIndex, rawStart: rawIndex[0], rawEnd };
}
