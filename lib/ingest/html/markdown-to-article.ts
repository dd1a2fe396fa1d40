// Markdown file → article input: the first level-1 heading is the title; the markup (emphasis, links,
// images, code fences, list and quote markers) is dropped so only the prose reaches the pipeline.
import type { ArticleInput } from '../../contract/types';

const unmark = (line: string): string =>
  line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → link text
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s{0,3}(#{1,6})\s+/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');

export function markdownToArticle(markdown: string): ArticleInput {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let title: string | undefined;
  const out: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push(''); // thematic break
      continue;
    }
    const heading = /^\s{0,3}#\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && title === undefined) {
      title = unmark(heading[1]).trim();
      continue;
    }
    out.push(unmark(line));
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, ...(title ? { title } : {}) };
}
