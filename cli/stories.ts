// `parallax stories FILE.jsonl`: groups a corpus's articles into stories (lib/stories). Each input line
// is one article, {"id"?, "outlet", "title", "text" | "html", "url"?, "publishedAt"?}; each output line is
// one story, {"story": "...", "articles": ["<input id>", ...], "why": {...}}, every good input article in
// exactly one story. A bad line gets an error line on stderr naming it, and the run goes on (exit 1).
import { corpusLineFields } from '../lib/corpus/record';
import type { StoryInput } from '../lib/stories';
import { CliError, EXIT_FAILURE } from './cli-error';
import { readRawLines } from './batch-lines';
import { writeStdout } from './output';

// Looser than an import's record: an empty text still gets its story, so every input is in exactly one.
const corpusLine = corpusLineFields.refine((a) => typeof a.text === 'string' || typeof a.html === 'string', { message: 'give the article as "text" or "html"' });

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function storiesOfFile(input: string): Promise<number> {
  const { groupStories } = require('../lib/stories') as typeof import('../lib/stories');
  const articles: StoryInput[] = [];
  const seen = new Set<string>();
  let bad = 0;
  for await (const { line, bytes } of readRawLines(input)) {
    const fail = (why: string) => {
      bad++;
      process.stderr.write(`parallax: ${input} line ${line}: skipped: ${why}\n`);
    };
    let raw: unknown;
    try {
      const text = decoder.decode(bytes);
      if (!text.trim()) continue;
      raw = JSON.parse(text);
    } catch (error) {
      fail(error instanceof TypeError ? 'not valid UTF-8' : `not JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = corpusLine.safeParse(raw);
    if (!parsed.success) {
      fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      continue;
    }
    const a = parsed.data;
    const id = String(a.id ?? line);
    if (seen.has(id)) {
      fail(`id "${id}" was given to an earlier line`);
      continue;
    }
    seen.add(id);
    let { title, text } = a;
    if (text === undefined) {
      const { htmlToArticle } = require('../lib/ingest/html') as typeof import('../lib/ingest/html');
      const page = htmlToArticle(a.html!, { url: a.url });
      text = page.text;
      title ??= page.title;
    }
    articles.push({ id, outlet: a.outlet, title, text, publishedAt: a.publishedAt });
  }
  if (!articles.length && !bad) throw new CliError(`${input} holds no articles`);
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  for (const story of groupStories(articles)) {
    const label = titleOf.get(story.articles[0])?.trim() || story.terms.join(' ');
    await writeStdout(`${JSON.stringify({ story: label, articles: story.articles, why: { terms: story.terms, joins: story.joins } })}\n`);
  }
  return bad ? EXIT_FAILURE : 0;
}
