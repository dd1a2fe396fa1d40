// Corpus mode in a real Chromium against the production build: a corpus uploaded through the import
// page (the fixture files, and a BASIL development corpus from ../shared/devdata when present), its
// progress page, the corpus page once the queue's workers analysed its stories, the GET-form filters
// and two outlets side by side without JavaScript, the outlet profiles, and the exports.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCsv } from '../export/parse-csv';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApp, type AppServer } from './server';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'corpus');
const BASIL = path.join(__dirname, '..', '..', '..', 'shared', 'devdata', 'basil', 'articles');
const BASIL_EVENTS = 10;

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ PARALLAX_JOB_POLL_SECONDS: '1' });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Uploads files through /corpora/new and follows the progress page until the import is done; returns the corpus page's URL. */
async function upload(page: Page, corpus: string, files: string[], outlet?: string): Promise<string> {
  await page.goto(`${app.url}/corpora/new`);
  await page.fill('#corpus', corpus);
  if (outlet) await page.fill('#outlet', outlet);
  await page.setInputFiles('#files', files);
  await Promise.all([page.waitForURL(/\/corpora\/imports\/[\w-]+$/), page.click('button[type=submit]')]);
  await page.locator('[data-import-state=finished]').waitFor({ timeout: 60_000 });
  await expect(page.locator('#import-progress').getAttribute('value')).resolves.toBe(await page.locator('#import-progress').getAttribute('max'));
  const href = await page.locator('a.button', { hasText: 'Open the corpus' }).getAttribute('href');
  return `${app.url}${href}`;
}

/** The corpus page reloads itself while analyses are pending: wait until every comparable story is analysed. */
async function waitForAnalyses(page: Page, url: string) {
  await page.goto(url);
  const deadline = Date.now() + 240_000;
  for (;;) {
    const bar = page.locator('#analysis-progress');
    const [value, max] = await Promise.all([bar.getAttribute('value'), bar.getAttribute('max')]);
    if (value === max) return;
    if (Date.now() > deadline) throw new Error(`analyses still pending: ${value} of ${max}`);
    await page.waitForTimeout(1000);
    await page.goto(url);
  }
}

test('the fixture corpus: upload with progress, stories and outlets, filters and side by side without JavaScript, profiles, exports', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const folder = path.join(FIXTURES, 'folder', 'Harbour Post');
  const first = await upload(page, 'Fixture corpus', ['articles.jsonl', 'articles.csv', 'feed.xml', 'feed-atom.xml'].map((f) => path.join(FIXTURES, f)));
  // the bad records are named on the progress page; single-article files take the outlet field
  const errors = await page.locator('.import-errors').innerText();
  expect(errors).toMatch(/articles\.jsonl:5: not JSON/);
  expect(errors).toMatch(/articles\.csv:4: 3 fields where the header has 5/);
  const url = await upload(page, 'Fixture corpus', readdirSync(folder).map((f) => path.join(folder, f)), 'Harbour Post');
  expect(url).toBe(first);
  await waitForAnalyses(page, url);

  const lede = await page.locator('.lede').innerText();
  expect(lede).toMatch(/^11 articles from 3 outlets in 5 stories; 2 told by one outlet only\./);
  const stories = page.locator('.story-list > .story');
  await expect(stories.count()).resolves.toBe(5);
  await expect(page.locator('.story', { hasText: 'Oskel choir wins regional prize' }).innerText()).resolves.toMatch(/one outlet only: Harbour Post/);
  const lighthouse = page.locator('.story', { hasText: 'lighthouse' });
  await expect(lighthouse.locator('.meta').innerText()).resolves.toMatch(/3 outlets: Capital Daily, Harbour Post, Valley Herald/);
  // a story told by two outlets or more links to its analysed comparison
  const comparisonHref = await lighthouse.locator('h3 a').getAttribute('href');
  expect(comparisonHref).toMatch(/^\/comparisons\/[\w-]+$/);

  // the profiles: one card per outlet, SVG bars with their figures as text, the same figures as the API
  const corpusId = url.split('/').pop()!;
  const api = await (await fetch(`${app.url}/api/corpora/${corpusId}`)).json();
  const cards = page.locator('.profiles .outlet-profile');
  await expect(cards.count()).resolves.toBe(3);
  for (const profile of api.profiles as { outlet: string; covered: string[]; loadedNarratorPer100: number; quotes: { named: number } }[]) {
    const card = page.locator(`.profiles .outlet-profile[data-outlet="${profile.outlet}"]`);
    await expect(card.locator('[data-figure=covered]').innerText()).resolves.toBe(String(profile.covered.length));
    await expect(card.locator('[data-figure=loaded-per-100]').innerText()).resolves.toBe(String(profile.loadedNarratorPer100));
    const quotes = card.locator('.chart', { hasText: 'Who it quotes' });
    await expect(quotes.locator('svg.bar').count()).resolves.toBe(4);
    await expect(quotes.locator('li', { hasText: 'named' }).first().locator('.bar-value').innerText()).resolves.toBe(String(profile.quotes.named));
    await expect(card.locator('svg.week-bars').count()).resolves.toBe(3);
    await expect(card.locator('.week-table').first().innerText()).resolves.toMatch(/2026-03-09/);
  }

  // filters and side by side are GET forms: they work with JavaScript off
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(url);
  await plain.selectOption('#outlet', 'Valley Herald');
  await plain.fill('#from', '2026-03-09');
  await Promise.all([plain.waitForURL(/outlet=Valley\+Herald/), plain.click('form[aria-label="Filter the stories"] button[type=submit]')]);
  await expect(plain.locator('.story-list > .story').count()).resolves.toBe(2);
  await expect(plain.locator('.profiles .outlet-profile').count()).resolves.toBe(1);
  const csvHref = await plain.locator('.exports a', { hasText: 'CSV' }).getAttribute('href');
  expect(csvHref).toContain('outlet=Valley+Herald');
  await plain.goto(url);
  await plain.selectOption('#compare-a', 'Capital Daily');
  await plain.selectOption('#compare-b', 'Harbour Post');
  await Promise.all([plain.waitForURL(/a=Capital\+Daily&b=Harbour\+Post/), plain.click('.side-by-side button[type=submit]')]);
  await expect(plain.locator('.two-up .outlet-profile').count()).resolves.toBe(2);
  await expect(plain.locator('[data-figure=side-by-side-counts]').innerText()).resolves.toBe('Both tell 3 stories; only Capital Daily 0; only Harbour Post 2.');
  await noScript.close();

  // the exports behind the page's links
  const csv = parseCsv(await (await fetch(`${app.url}${await page.locator('.exports a', { hasText: 'CSV' }).getAttribute('href')}`)).text());
  expect(csv[0][0]).toBe('outlet');
  expect(csv.filter((row) => row[1] === 'all').map((row) => row[0])).toEqual(['Capital Daily', 'Harbour Post', 'Valley Herald']);
  const jsonResponse = await fetch(`${app.url}${await page.locator('.exports a', { hasText: 'JSON' }).getAttribute('href')}`);
  expect(jsonResponse.headers.get('content-disposition')).toMatch(/attachment/);
  expect((await jsonResponse.json()).profiles).toEqual(api.profiles);

  await page.goto(`${app.url}/corpora`);
  await expect(page.locator('.comparison-list').innerText()).resolves.toMatch(/Fixture corpus\s+11 articles in 5 stories/);
  await page.close();
});

const basilPresent = existsSync(BASIL);
(basilPresent ? test : test.skip)(`a BASIL development corpus (${BASIL_EVENTS} events × 3 outlets): its stories found (B-cubed F1 ≥ 0.85 against the known events), analysed, every outlet profiled, exported`, async () => {
  const articles: { id: string; outlet: string; title: string; text: string; publishedAt: string; event: string }[] = [];
  for (const year of readdirSync(BASIL).sort())
    for (const file of readdirSync(path.join(BASIL, year)).sort()) {
      const a = JSON.parse(readFileSync(path.join(BASIL, year, file), 'utf8'));
      articles.push({ id: file, outlet: a.source, title: a.title, publishedAt: a.date, event: a['triplet-uuid'], text: (a['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n') });
    }
  const events = [...new Set(articles.map((a) => a.event))].slice(0, BASIL_EVENTS);
  const chosen = articles.filter((a) => events.includes(a.event));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'parallax-basil-')), 'basil.jsonl');
  writeFileSync(file, chosen.map(({ event: _event, ...a }) => JSON.stringify(a)).join('\n'));

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = await upload(page, 'BASIL dev', [file]);
  await waitForAnalyses(page, url);
  const api = await (await fetch(`${app.url}/api/corpora/${url.split('/').pop()}`)).json();
  // the stories found, scored against the known events (B-cubed, as npm run eval:stories does)
  const storyOf = new Map<string, string>((api.stories as { key: string; articles: { inputId: string }[] }[]).flatMap((s) => s.articles.map((a) => [a.inputId, s.key] as const)));
  expect([...storyOf.keys()].sort()).toEqual(chosen.map((a) => a.id).sort());
  let precision = 0;
  let recall = 0;
  for (const a of chosen) {
    const sameStory = chosen.filter((b) => storyOf.get(b.id) === storyOf.get(a.id));
    const sameEvent = chosen.filter((b) => b.event === a.event);
    const both = sameStory.filter((b) => b.event === a.event).length;
    precision += both / sameStory.length / chosen.length;
    recall += both / sameEvent.length / chosen.length;
  }
  expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.85);
  // every story with two outlets or more analysed; any other shown as told by one outlet
  expect(api.counts.pending).toBe(0);
  expect(api.counts.analysed).toBe(api.counts.stories - api.counts.oneOutlet);
  for (const story of api.stories as { outlets: string[]; status: string | null }[]) expect(story.status).toBe(story.outlets.length > 1 ? 'done' : null);
  const outlets = [...new Set(chosen.map((a) => a.outlet))].sort();
  await expect(page.locator('.profiles .outlet-profile h3').allInnerTexts()).resolves.toEqual(outlets);
  for (const profile of api.profiles) expect(profile.claims).toBeGreaterThan(0);
  const csv = parseCsv(await (await fetch(`${app.url}/api/corpora/${api.corpus.id}?format=csv`)).text());
  expect(csv.filter((row) => row[1] === 'all').map((row) => row[0])).toEqual(outlets);
  await page.close();
});
