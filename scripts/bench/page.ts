// `npm run bench page`: the comparison page against the production build (run `next build` first).
// Server response time (median of repeated requests) for the seed comparison and a synthetic
// 8-source, ~400-claim comparison, the page's JavaScript size, and LCP in headless Chromium.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApp } from '../../__tests__/browser/server';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const LCP_RUNS = Number(process.env.BENCH_LCP_RUNS ?? 5);
const SYNTHETIC_ID = 'bench-8-sources-400-claims';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same articles. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Vocabulary for the synthetic happenings: list lengths are coprime, so each happening's words differ.
const ACTORS = ['harbour authority', 'teachers union', 'finance ministry', 'railway operator', 'water board', 'customs agency', 'farmers association', 'city council', 'energy regulator', 'hospital trust', 'airline'];
const EVENTS = ['bridge closure', 'pension reform', 'grain shipment', 'vaccine rollout', 'fuel shortage', 'border checkpoint', 'housing project', 'flood barrier', 'tax rebate', 'wage agreement', 'school merger', 'cable outage', 'mining licence'];
const VERBS = ['said', 'confirmed', 'claimed', 'announced', 'stated', 'reported'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ADJECTIVES = ['controversial', 'long-awaited', 'costly', 'disputed', 'modest', 'sweeping', 'delayed', 'popular'];
const UNITS = ['households', 'workers', 'pupils', 'patients', 'farmers', 'passengers', 'tenants'];
const HAPPENINGS = 60;
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dor', 'bel', 'nu', 'ris', 'pa', 'zen', 'tor', 'lim', 'gra'];

/** A made-up name unique to happening i (i < 225), so different happenings share few words. */
const nameOf = (i: number, suffix: string) => {
  const word = SYLLABLES[i % SYLLABLES.length] + SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length] + suffix;
  return word[0].toUpperCase() + word.slice(1);
};

/**
 * `sources` outlets, each reporting `sentences` of 60 distinct happenings (a different subset each), in
 * its own words: verb, adjective, day and sometimes the number vary, so rows are shared, unique or in conflict.
 */
export function syntheticArticles(sources = 8, sentences = 50) {
  return Array.from({ length: sources }, (_, s) => {
    const rand = random(1000 + s);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const skipped = new Set<number>();
    while (skipped.size < HAPPENINGS - sentences) skipped.add(Math.floor(rand() * HAPPENINGS));
    const lines = Array.from({ length: HAPPENINGS }, (_, i) => i)
      .filter((i) => !skipped.has(i))
      .map((i) => {
        const actor = ACTORS[i % ACTORS.length];
        const count = 12 + ((i * 37) % 880) + (rand() < 0.15 ? 5 : 0);
        return `The ${actor} ${pick(VERBS)} the ${pick(ADJECTIVES)} ${EVENTS[i % EVENTS.length]} near ${nameOf(i, 'ora')} affects ${count} ${UNITS[i % UNITS.length]} in the ${nameOf(i, 'stad')} district on ${pick(DAYS)}.`;
      });
    const paragraphs = [];
    for (let i = 0; i < lines.length; i += 5) paragraphs.push(lines.slice(i, i + 5).join(' '));
    return { outlet: `Synthetic Outlet ${s + 1}`, title: `Report ${s + 1}`, text: paragraphs.join('\n\n') };
  });
}

const DEVDATA = process.env.PARALLAX_DEVDATA ?? path.resolve(__dirname, '../../../shared/devdata');
const BASIL = path.join(DEVDATA, 'basil', 'articles');
const OUTLETS = ['fox', 'nyt', 'hpo'];

/**
 * Real copy when ../shared/devdata is there: 8 sources, each the articles of one BASIL outlet on a
 * sliding window of events (neighbouring sources share events), cut to `sentences` sentences.
 * Read at run time only; nothing of it enters the repository.
 */
export function devdataArticles(sources = 8, sentences = 46) {
  if (!existsSync(BASIL)) return null;
  const byEvent = new Map<string, Map<string, string[][]>>();
  for (const year of readdirSync(BASIL).sort()) {
    for (const file of readdirSync(path.join(BASIL, year)).sort()) {
      const doc = JSON.parse(readFileSync(path.join(BASIL, year, file), 'utf8'));
      const event = byEvent.get(doc['triplet-uuid']) ?? new Map<string, string[][]>();
      event.set(String(doc.source).toLowerCase(), doc['body-paragraphs']);
      byEvent.set(doc['triplet-uuid'], event);
    }
  }
  const events = [...byEvent.values()].filter((e) => OUTLETS.every((o) => e.has(o)));
  return Array.from({ length: sources }, (_, k) => {
    const outlet = OUTLETS[k % OUTLETS.length];
    const paragraphs: string[] = [];
    let count = 0;
    for (let e = k; count < sentences && e < k + events.length; e++) {
      for (const paragraph of events[e % events.length].get(outlet)!) {
        const kept = paragraph.slice(0, sentences - count);
        if (kept.length) paragraphs.push(kept.join(' '));
        count += kept.length;
        if (count >= sentences) break;
      }
    }
    return { outlet: `${outlet.toUpperCase()} sample ${k + 1}`, title: `BASIL window ${k + 1}`, text: paragraphs.join('\n\n') };
  });
}

async function timeRequests(url: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS + 1; i++) {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.text();
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    if (i > 0) times.push(performance.now() - started); // the first request warms the server up
    bytes = Buffer.byteLength(body);
  }
  return { median: median(times), p90: quantile(times, 0.9), bytes };
}

async function javascriptSize(baseUrl: string, html: string) {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: sources.length, raw, gzip };
}

async function largestContentfulPaint(urls: string[]) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: Record<string, number[]> = {};
  try {
    for (const url of urls) {
      results[url] = [];
      for (let i = 0; i < LCP_RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number };
          w.__lcp = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.__lcp = entry.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        });
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        results[url].push(await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

export async function run() {
  const app = await startApp();
  try {
    process.env.DATABASE_URL = `file:${app.databaseFile}`;
    const { createComparison, getComparisonById } = await import('../../lib/comparisons');
    const started = performance.now();
    const real = process.env.BENCH_SYNTHETIC_ONLY ? null : devdataArticles();
    await createComparison({ id: SYNTHETIC_ID, title: 'Synthetic: 8 sources', articles: real ?? syntheticArticles() });
    const createMs = performance.now() - started;
    const synthetic = (await getComparisonById({ id: SYNTHETIC_ID }))!.analysis!;
    const claims = synthetic.articles.reduce((n, a) => n + a.claims.length, 0);
    console.log(`8-source comparison from ${real ? 'BASIL articles in ../shared/devdata' : 'generated template sentences'}:`);
    console.log(`  ${synthetic.articles.length} sources, ${claims} claims, ${synthetic.groups.length} groups (${synthetic.groups.filter((g) => g.articles.length > 1).length} shared), ${(JSON.stringify(synthetic).length / 1024).toFixed(0)} KB of analysis JSON; created in ${(createMs / 1000).toFixed(1)} s`);

    const pages = [
      { name: 'seed comparison (2 sources)', url: `${app.url}/comparisons/demo-iran-us-talks` },
      { name: `8 sources, ${claims} claims`, url: `${app.url}/comparisons/${SYNTHETIC_ID}` },
    ];
    console.log(`\n| page | median response | p90 | HTML |`);
    console.log(`|---|---|---|---|`);
    for (const p of pages) {
      const r = await timeRequests(p.url);
      console.log(`| ${p.name} | ${r.median.toFixed(0)} ms | ${r.p90.toFixed(0)} ms | ${kb(r.bytes)} |`);
    }
    // Where a request's time goes: each layer alone, sequential requests, median and p90.
    // `?v=N` is an address the page cache has not seen, so the page is rendered (proxy + data + React).
    let unique = 0;
    const layers = [
      { name: 'reference: GET /api/openapi.json (no proxy, no data)', url: () => `${app.url}/api/openapi.json` },
      { name: 'data: GET /api/comparisons/{id}?fields=summary (LRU hit, 0.4 KB)', url: () => `${app.url}/api/comparisons/demo-iran-us-talks?fields=summary` },
      { name: 'proxy + page cache hit: seed page', url: () => pages[0].url },
      { name: 'proxy + data + render: seed page, uncached address', url: () => `${pages[0].url}?v=${++unique}` },
    ];
    console.log(`\n| layer | median | p90 |`);
    console.log(`|---|---|---|`);
    for (const layer of layers) {
      const times: number[] = [];
      for (let i = 0; i < REQUESTS + 1; i++) {
        const started = performance.now();
        await (await fetch(layer.url())).arrayBuffer();
        if (i > 0) times.push(performance.now() - started);
      }
      console.log(`| ${layer.name} | ${median(times).toFixed(1)} ms | ${quantile(times, 0.9).toFixed(1)} ms |`);
    }
    const seedHtml = await (await fetch(pages[0].url)).text();
    const js = await javascriptSize(app.url, seedHtml);
    console.log(`\nJavaScript loaded by the comparison page: ${js.files} files, ${kb(js.raw)} raw, ${kb(js.gzip)} gzipped`);

    // The near-empty form page is the floor: what any page of this app costs in this browser on this machine.
    pages.push({ name: 'reference: /comparisons/new (a small page)', url: `${app.url}/comparisons/new` });
    const lcp = await largestContentfulPaint(pages.map((p) => p.url));
    console.log(`\n| page | LCP median (${LCP_RUNS} loads, headless Chromium, 1280×900) |`);
    console.log(`|---|---|`);
    for (const p of pages) console.log(`| ${p.name} | ${median(lcp[p.url]).toFixed(0)} ms |`);
    console.log(`\n(${REQUESTS} sequential requests per page after one warm-up, against \`next start\` on this machine)`);
  } finally {
    await app.stop();
  }
}
