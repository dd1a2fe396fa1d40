// Ingest stage: raw article input → clean text (title first, paragraphs kept) with page furniture moved to removed[].
import type { ArticleInput, RemovedText } from '../contract/types';
import type { IngestedArticle } from '../contract/stages';
import { splitRawLines, type RawLine } from './lines';
import { matchBoilerplateLine, matchDateline } from './boilerplate';
import { headlineKey, isHeadlineLike } from './headline';
import { detectLanguage } from './language';
import { joinIntoParagraphs } from './paragraphs';

// A teaser paragraph of a related-articles list is short; a long paragraph means the article body resumed.
const MAX_TEASER_WORDS = 70;

// "Iran nuclear talks to resume in Vienna, diplomats say": a short first line without closing punctuation, set off by
// a blank line from a longer paragraph that reads as prose, is the headline even in sentence case.
function isSentenceCaseHeadline(first: RawLine, next: RawLine): boolean {
  const words = first.text.split(' ').length;
  return (
    words >= 3 && words <= 20 && /^[\p{Lu}\d"“‘]/u.test(first.text) && !/[.!?:;,"”’)]$/.test(first.text) &&
    next.blankBefore && next.text.length > first.text.length && /[.!?"”’)]$/.test(next.text)
  );
}

export function ingest(input: ArticleInput, id: string): IngestedArticle {
  const raw = input.text ?? '';
  const lines = splitRawLines(raw);
  const removed: RemovedText[] = [];
  const remove = (line: RawLine, reason: string, note: string) =>
    removed.push({ text: raw.slice(line.rawStart, line.rawEnd), reason, note, rawStart: line.rawStart, rawEnd: line.rawEnd });

  let byline = input.byline?.trim() || null;
  const repeatedTitles: string[] = [];
  let kept: RawLine[] = [];
  let inList = false;
  for (const line of lines) {
    const hit = matchBoilerplateLine(line.text);
    if (hit) {
      const { rule, match } = hit;
      if (rule.scope === 'byline') byline ??= match[1].trim();
      if (rule.scope === 'repeat-prefix') repeatedTitles.push(match[1].trim());
      if (rule.scope === 'list-start') inList = true;
      if (rule.scope === 'list-end') inList = false;
      remove(line, rule.reason, rule.note);
      continue;
    }
    if (inList) {
      if (line.text.split(' ').length <= MAX_TEASER_WORDS) {
        remove(line, 'related-teaser', 'Teaser of another story in a related-articles list.');
        continue;
      }
      inList = false;
    }
    kept.push(line);
  }

  // Title: given, repeated by a share widget, or a headline-like first line.
  let title = (input.title ?? '').trim().replace(/\s+/g, ' ');
  let titleLine: RawLine | null = null;
  if (!title && repeatedTitles.length > 0) title = repeatedTitles[0];
  if (!title && kept.length > 1 && (isHeadlineLike(kept[0].text) || isSentenceCaseHeadline(kept[0], kept[1]))) title = kept[0].text;
  if (title) {
    const key = headlineKey(title);
    const body: RawLine[] = [];
    for (const line of kept) {
      if (headlineKey(line.text) !== key) body.push(line);
      else if (!titleLine && body.length === 0) titleLine = line;
      else remove(line, 'repeated-headline', 'The headline repeated inside the page.');
    }
    if (titleLine) title = titleLine.text;
    kept = body;
  }

  const paragraphs = joinIntoParagraphs(kept);
  let dateline: string | null = null;
  if (paragraphs.length > 0) {
    const first = paragraphs[0];
    const hit = matchDateline(first.text);
    if (hit) {
      dateline = hit.place;
      const rawStart = first.rawIndex[0];
      const rawEnd = first.rawIndex[hit.length - 1] + 1;
      removed.push({ text: raw.slice(rawStart, rawEnd), reason: hit.rule.reason, note: hit.rule.note, rawStart, rawEnd });
      first.text = first.text.slice(hit.length);
      first.rawIndex = first.rawIndex.slice(hit.length);
    }
  }

  removed.sort((a, b) => a.rawStart - b.rawStart);
  const blocks = title ? [title, ...paragraphs.map((p) => p.text)] : paragraphs.map((p) => p.text);
  const text = blocks.join('\n\n');
  const body = paragraphs.map((p) => p.text).join('\n\n');
  return {
    id,
    outlet: (input.outlet ?? '').trim() || `Source ${id}`,
    title,
    byline,
    dateline,
    publishedAt: input.publishedAt ?? null,
    url: input.url ?? null,
    language: detectLanguage(body || text),
    text,
    wordCount: (text.match(/\S+/g) ?? []).length,
    removed,
  };
}
