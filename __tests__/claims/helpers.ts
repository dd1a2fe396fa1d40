// Shared helpers for the claims tests: run ingest + claims on inline text or a seed file.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '@/lib/ingest';
import { extractClaims } from '@/lib/claims';
import type { ArticleInput } from '@/lib/contract/types';
import type { ArticleWithClaims } from '@/lib/contract/stages';

export function analyseText(text: string, extra: Partial<ArticleInput> = {}): ArticleWithClaims {
  return extractClaims(ingest({ text, ...extra }, 'a1'));
}

export const SEED_FILES = ['000_68b51bf4a201928c.txt', '004_8987d4694f22efb9.txt'];

export function seedText(file: string): string {
  return readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8');
}

export function claimContaining(article: ArticleWithClaims, fragment: string) {
  const claim = article.claims.find((c) => c.text.includes(fragment));
  if (!claim) throw new Error(`no claim contains "${fragment}"`);
  return claim;
}

const BASIL = join(__dirname, '..', '..', '..', 'shared', 'devdata', 'basil', 'articles');

/** BASIL development articles as plain text (paragraphs joined by blank lines), or [] when devdata is absent. */
export function basilArticles(): Array<{ name: string; title: string; text: string }> {
  if (!existsSync(BASIL)) return [];
  const out: Array<{ name: string; title: string; text: string }> = [];
  for (const year of readdirSync(BASIL).sort()) {
    for (const file of readdirSync(join(BASIL, year)).sort()) {
      const json = JSON.parse(readFileSync(join(BASIL, year, file), 'utf8'));
      const text = (json['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n');
      out.push({ name: `${year}/${file}`, title: json.title, text });
    }
  }
  return out;
}

/** Every span that claims to point into the clean text, with a label for failure messages. */
export function offsetProblems(article: ArticleWithClaims): string[] {
  const problems: string[] = [];
  const check = (label: string, s: { start: number; end: number; text: string } | null | undefined) => {
    if (s && article.text.slice(s.start, s.end) !== s.text) problems.push(`${label}: "${s.text}" at ${s.start}-${s.end}`);
  };
  for (const c of article.claims) {
    check(c.id, c);
    const paragraph = article.text.slice(0, c.start).split('\n\n').length - 1;
    if (paragraph !== c.paragraph) problems.push(`${c.id}: paragraph ${c.paragraph}, expected ${paragraph}`);
    c.entities.forEach((e, i) => check(`${c.id} entity ${i}`, e));
    c.quotes.forEach((q, i) => check(`${c.id} quote ${i}`, q));
    check(`${c.id} speaker mention`, c.speaker?.mention);
    check(`${c.id} speaker content`, c.speaker?.content);
  }
  return problems;
}
