// Words in each voice: quoted words are those inside a claim's quotations or reported content (their union,
// so a quote inside reported content counts once); every other word of the article is the narrator's.
import type { AnalyzedArticle, Span } from '../contract/types';

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

export function mergeSpans(spans: Span[]): { start: number; end: number }[] {
  const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export function wordsByVoice(article: AnalyzedArticle): { narrator: number; quoted: number } {
  const spans = article.claims.flatMap((c) => [...c.quotes, ...(c.speaker?.content ? [c.speaker.content] : [])]);
  const quoted = mergeSpans(spans).reduce((n, s) => n + countWords(article.text.slice(s.start, s.end)), 0);
  const total = countWords(article.text);
  return { narrator: Math.max(0, total - quoted), quoted };
}
