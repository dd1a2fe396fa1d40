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
// Character codes, not regular expressions: this runs once per input character.
function isFoldable(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}
function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

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
    const code = raw.charCodeAt(i);
    if (code < 128 && code > 32) {
      if (pendingSpace >= 0) {
        text += ' ';
        rawIndex.push(pendingSpace);
        pendingSpace = -1;
      }
      text += raw[i];
      rawIndex.push(i);
      continue;
    }
    const ch = raw[i];
    if (isInvisible(code)) continue;
    if (isFoldable(code)) {
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
