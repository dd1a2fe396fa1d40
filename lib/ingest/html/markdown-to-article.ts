// Markdown file → article input: the first level-1 heading is the title; the markup (emphasis, links,
// images, code fences, list and quote markers) is dropped so only the prose reaches the pipeline.
//
// Links, images, inline tags and strong emphasis are found by scanning with precomputed "next
// closing mark" tables rather than by regular expressions: a pattern like `\[([^\]]+)\]\([^)]*\)`
// rescans the rest of the line from every `[` that is never closed, which made 100 KB of `<` or `[`
// take seconds. Every pass here is linear in the line.
import type { ArticleInput } from '../../contract/types';

/** next[i] = the index of the first `mark` at or after i, or -1. One backward pass. */
function nextIndexTable(line: string, mark: string): Int32Array {
  const next = new Int32Array(line.length + 1).fill(-1);
  for (let i = line.length - mark.length; i >= 0; i--) next[i] = line.startsWith(mark, i) ? i : next[i + 1];
  return next;
}

/** `[text](url)` → text and `![alt](url)` → alt, in one left-to-right pass. */
function dropLinksAndImages(line: string): string {
  if (!line.includes('](')) return line;
  const closeBracket = nextIndexTable(line, ']');
  const closeParen = nextIndexTable(line, ')');
  const openBracket = nextIndexTable(line, '[');
  const out: string[] = [];
  let kept = 0;
  let i = 0;
  while (i < line.length) {
    const image = line[i] === '!' && line[i + 1] === '[';
    const open = image ? i + 1 : line[i] === '[' ? i : -1;
    if (open >= 0) {
      const close = closeBracket[open + 1];
      // a `[` inside the label starts a link of its own: the outer one is left as text
      const nested = openBracket[open + 1];
      if (close > open && (nested === -1 || nested > close) && line[close + 1] === '(' && (image || close > open + 1)) {
        const end = closeParen[close + 2];
        if (end !== -1) {
          out.push(line.slice(kept, i), line.slice(open + 1, close));
          i = kept = end + 1;
          continue;
        }
      }
    }
    i++;
  }
  out.push(line.slice(kept));
  return out.join('');
}

/** `<tag …>` dropped: from each `<` to the next `>`, with no `<` between. */
function dropInlineTags(line: string): string {
  if (!line.includes('<')) return line;
  const closeAngle = nextIndexTable(line, '>');
  const openAngle = nextIndexTable(line, '<');
  const out: string[] = [];
  let kept = 0;
  let i = 0;
  while (i < line.length) {
    if (line[i] === '<') {
      const close = closeAngle[i + 1];
      const nextOpen = openAngle[i + 1];
      if (close > i + 1 && (nextOpen === -1 || nextOpen > close)) {
        out.push(line.slice(kept, i));
        i = kept = close + 1;
        continue;
      }
    }
    i++;
  }
  out.push(line.slice(kept));
  return out.join('');
}

/** `**strong**` and `__strong__` → strong: each opening mark pairs with the next identical mark. */
function dropStrong(line: string): string {
  let result = line;
  for (const mark of ['**', '__']) {
    if (!result.includes(mark)) continue;
    const next = nextIndexTable(result, mark);
    const out: string[] = [];
    let kept = 0;
    let i = 0;
    while (i < result.length) {
      // `(.+?)`: at least one character between the marks
      const close = result.startsWith(mark, i) && i + mark.length + 1 < result.length ? next[i + mark.length + 1] : -1;
      if (close !== -1) {
        out.push(result.slice(kept, i), result.slice(i + mark.length, close));
        i = kept = close + mark.length;
        continue;
      }
      i++;
    }
    out.push(result.slice(kept));
    result = out.join('');
  }
  return result;
}

const unmark = (line: string): string =>
  dropStrong(dropInlineTags(dropLinksAndImages(line)))
    // each of these scans from an emphasis mark to the next one only: linear
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^ {0,3}#{1,6}[ \t]+/, '')
    .replace(/^ {0,3}>[ \t]?/, '')
    .replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, '');

/** The text of an ATX level-1 heading (`# Title #`, '' for an empty one), or null. Trimmed by hand: `#\s+(.+?)\s*#*\s*$` was cubic on runs of spaces. */
function levelOneHeading(line: string): string | null {
  const marker = /^ {0,3}#[ \t]/.exec(line);
  if (!marker) return null;
  let text = line.slice(marker[0].length).trim();
  const closing = /(?:^|[ \t])#+$/.exec(text);
  if (closing) text = text.slice(0, closing.index).trim();
  return text;
}

/** `---`, `* * *`, `___`: three or more of one mark and nothing else but spaces. By hand: the regular expression overflowed the stack on a 2 MB line. */
function isThematicBreak(line: string): boolean {
  const indent = line.length - line.trimStart().length;
  const rest = line.trim();
  const mark = rest[0];
  if (indent > 3 || (mark !== '-' && mark !== '*' && mark !== '_')) return false;
  let marks = 0;
  for (const c of rest) {
    if (c === mark) marks++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return marks >= 3;
}

export function markdownToArticle(markdown: string): ArticleInput {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let title: string | undefined;
  const out: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^[ \t]*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (isThematicBreak(line)) {
      out.push(''); // thematic break
      continue;
    }
    const heading = title === undefined ? levelOneHeading(line) : null;
    if (heading !== null) {
      if (heading) title = unmark(heading).trim();
      else out.push('');
      continue;
    }
    out.push(unmark(line));
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, ...(title ? { title } : {}) };
}
