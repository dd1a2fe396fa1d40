// The development sets for alignment (../shared/devdata), run through ingest → claims → annotations exactly as
// analyze() does, without the alignment stage, so that tuning can call align() many times on the same articles.
// The analysed articles are cached in the OS temp folder (never in the repo: the texts are not ours); pass
// `fresh: true` after changing the claims stage.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../lib/ingest';
import { extractClaims } from '../../lib/claims';
import { annotate } from '../../lib/annotations';
import { withTokenTables } from '../../lib/nlp/tokens';
import type { AnalyzedArticle, ArticleInput } from '../../lib/contract/types';

export const DEV = join(__dirname, '../../../shared/devdata');
const CACHE = join(tmpdir(), 'parallax-alignment-cache');

export const hasDevdata = () => existsSync(DEV);

const tsv = (p: string) => readFileSync(p, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));

export function prepare(inputs: ArticleInput[]): AnalyzedArticle[] {
  return withTokenTables(() => inputs.map((input, i) => annotate(extractClaims(ingest(input, `a${i + 1}`)))));
}

/** A labelled pair of one-sentence articles (MSRP: 0/1; STS-B: 0..5). */
export interface SentencePair { label: number; articles: AnalyzedArticle[] }

/** One ECB+ topic: its documents as articles, and the gold sentences with their event ids. */
export interface EcbTopic {
  topic: string;
  articles: AnalyzedArticle[];
  sub: string[];
  gold: { article: number; start: number; end: number; events: string[] }[];
}

function cached<T>(name: string, fresh: boolean, build: () => T): T {
  const file = join(CACHE, `${name}.json`);
  if (!fresh && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = build();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return value;
}

const pairOf = (a: string, b: string) => [{ outlet: 'A', title: '', text: a }, { outlet: 'B', title: '', text: b }];

function sentencePairs(rows: { label: number; a: string; b: string }[]): SentencePair[] {
  return rows.map((r) => {
    try {
      return { label: r.label, articles: prepare(pairOf(r.a, r.b)) };
    } catch {
      return { label: r.label, articles: [] };
    }
  });
}

export const msrpTrain = (fresh = false) =>
  cached('msrp-train', fresh, () => sentencePairs(tsv(join(DEV, 'msrp/msr_paraphrase_train.txt')).slice(1).map((r) => ({ label: Number(r[0]), a: r[3], b: r[4] }))));

const stsNews = (file: string) => tsv(join(DEV, 'stsbenchmark', file)).filter((r) => r[0] === 'main-news').map((r) => ({ label: Number(r[4]), a: r[5], b: r[6] }));
export const stsTrain = (fresh = false) => cached('sts-train', fresh, () => sentencePairs(stsNews('sts-train.csv')));
export const stsDev = (fresh = false) => cached('sts-dev', fresh, () => sentencePairs(stsNews('sts-dev.csv')));

interface EcbFile {
  docs: Record<string, { topic: string | number; sub: string; sentences: Record<string, string> }>;
  gold: Record<string, number[]>;
  events: Record<string, string[]>;
}

/** As ../shared/tools/dev-eval.mjs: one comparison per topic, each document's sentences joined by newlines. */
export const ecbTopics = (fresh = false) => cached('ecb', fresh, () => {
  const ecb = JSON.parse(readFileSync(join(DEV, 'ecbplus/ecbplus_topics01-35.json'), 'utf8')) as EcbFile;
  const topics = new Map<string, string[]>();
  for (const [doc, d] of Object.entries(ecb.docs)) (topics.get(String(d.topic)) ?? topics.set(String(d.topic), []).get(String(d.topic))!).push(doc);
  const body = (d: EcbFile['docs'][string]) => Object.entries(d.sentences).filter(([n]) => !(d.sub === 'ecbplus' && n === '0')).map(([, s]) => s).join('\n');
  const out: EcbTopic[] = [];
  for (const [topic, docs] of topics) {
    const articles = prepare(docs.map((doc) => ({ outlet: doc, title: '', text: body(ecb.docs[doc]) })));
    const gold: EcbTopic['gold'] = [];
    docs.forEach((doc, i) => {
      for (const k of ecb.gold[doc] ?? []) {
        const s = ecb.docs[doc].sentences[k], at = articles[i].text.indexOf(s);
        if (at >= 0) gold.push({ article: i, start: at, end: at + s.length, events: ecb.events[`${doc}#${k}`] ?? [] });
      }
    });
    out.push({ topic, articles, sub: docs.map((d) => ecb.docs[d].sub), gold });
    process.stderr.write(`ecb topic ${topic}: ${docs.length} docs\n`);
  }
  return out;
});
