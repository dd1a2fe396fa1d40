// A corpus on disk → records: a .jsonl/.ndjson, .csv or feed (.xml/.rss/.atom) file, or a folder of such
// files and of articles one per file (.html/.htm, .txt, .md). An article file's outlet is the first
// folder under the imported one (corpus/Reuters/2026-03/a.txt: Reuters), or for a file at the top (or
// one file imported alone) the name of the folder it is in: importing corpus/Reuters gives Reuters too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { markdownToArticle } from '../ingest/html/markdown-to-article';
import { parseCsv } from './parse-csv';
import { parseFeed } from './parse-feed';
import { parseJsonLines } from './parse-jsonl';
import { toRecord, type ReadResult } from './record';

const decoder = new TextDecoder('utf-8', { fatal: true });
const FEED = new Set(['.xml', '.rss', '.atom']);
const ARTICLE = new Set(['.html', '.htm', '.txt', '.md']);

/** The records of one file's content; `name` is how error lines name it. */
export function readCorpusContent(name: string, content: string, outlet?: string): ReadResult[] {
  const ext = extname(name).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return parseJsonLines(content, name);
  if (ext === '.csv') return parseCsv(content, name);
  if (FEED.has(ext)) return parseFeed(content, name, outlet ?? basename(name, ext));
  if (ext === '.html' || ext === '.htm') return [toRecord({ id: name, outlet, html: content }, name, name)];
  if (ext === '.md') {
    const article = markdownToArticle(content);
    return [toRecord({ id: name, outlet, title: article.title, text: article.text }, name, name)];
  }
  if (ext === '.txt') return [toRecord({ id: name, outlet, ...splitTextTitle(content) }, name, name)];
  return [{ where: name, error: `not a corpus file (.jsonl, .csv, .xml/.rss/.atom, .html, .txt or .md)` }];
}

/** A saved text article often starts with its headline on a line of its own: that line is the title. */
export function splitTextTitle(content: string): { title?: string; text: string } {
  const match = /^\s*([^\n]{1,300})\r?\n\s*\r?\n([\s\S]+)$/.exec(content);
  if (!match || /[.!?:;,]["”’]?$/.test(match[1].trim())) return { text: content };
  return { title: match[1].trim(), text: match[2] };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.name.startsWith('.') ? [] : entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every record under `path`, in a stable order (file names sorted), errors in place. */
export function readCorpusPath(path: string): ReadResult[] {
  const isFolder = statSync(path).isDirectory();
  const paths = isFolder ? files(path) : [path];
  const results: ReadResult[] = [];
  for (const file of paths) {
    const ext = extname(file).toLowerCase();
    const rel = isFolder ? relative(path, file) : file;
    const parts = rel.split(sep);
    const folder = isFolder && parts.length > 1 ? parts[0] : basename(dirname(resolve(file)));
    if (isFolder && !ARTICLE.has(ext) && !FEED.has(ext) && !['.jsonl', '.ndjson', '.csv'].includes(ext)) continue;
    let content: string;
    try {
      content = decoder.decode(readFileSync(file));
    } catch {
      results.push({ where: rel, error: 'not valid UTF-8' });
      continue;
    }
    results.push(...readCorpusContent(rel, content, ARTICLE.has(ext) || FEED.has(ext) ? folder : undefined));
  }
  return results;
}
