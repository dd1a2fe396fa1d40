// The comparison page in a real Chromium against the production build, on the seed comparison.
import { mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCsv } from '../export/parse-csv';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApp, type AppServer } from './server';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const SEED_ID = 'demo-iran-us-talks';
const seedOutlets: string[] = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'comparison.json'), 'utf8')).articles.map(
  (a: { outlet: string }) => a.outlet,
);

let app: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

afterEach(async () => {
  await page.close();
});

const open = (query = '') => page.goto(`${app.url}/comparisons/${SEED_ID}${query}`, { waitUntil: 'networkidle' });

test('the grid has one column per source, shared and unique rows, and "not reported" cells', async () => {
  await open('?full=1');
  const headers = await page.locator('table.grid thead th').allInnerTexts();
  expect(headers.map((h) => h.trim())).toEqual(seedOutlets);
  const shared = page.locator('table.grid tbody.row-badge-all, table.grid tbody.row-badge-some, table.grid tbody.row-badge-conflict');
  expect(await shared.count()).toBeGreaterThan(0);
  expect(await page.locator('table.grid tbody.row-badge-unique').count()).toBeGreaterThan(0);
  await expect(page.locator('.not-reported').first().innerText()).resolves.toMatch(/Not reported/);
});

test('aligned claims say what each adds', async () => {
  // Rows open on demand; the full view (print) opens them all.
  await open('?show=shared&full=1');
  const adds = page.locator('table.grid .adds');
  expect(await adds.count()).toBeGreaterThan(0);
  await expect(adds.first().innerText()).resolves.toMatch(/Only here:\s*\S/);
});

test('the seed page is at most 200 KB of HTML', async () => {
  const html = await (await fetch(`${app.url}/comparisons/${SEED_ID}`)).text();
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(200 * 1024);
  expect(html).toContain('class="coverage-bar');
});

test('the page opens with closed rows: headings and counts, each row opening on its own', async () => {
  await open();
  expect(await page.locator('table.grid .claim').count()).toBe(0);
  const link = page.locator('table.grid a.group-open').first();
  await link.click();
  await page.waitForURL(/group=/);
  const row = page.locator('table.grid tbody', { has: page.locator('.claim') });
  expect(await row.count()).toBe(1);
  expect(await row.locator('.claim').count()).toBeGreaterThan(0);
});

test('hovering and focusing "terrorists" shows its note', async () => {
  // A search opens the rows it finds.
  await open('?q=terrorists');
  const mark = page.locator('mark.hl', { hasText: /terrorists/i }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const tip = page.locator(`#${await mark.getAttribute('aria-describedby')}`);
  await expect(tip.isVisible()).resolves.toBe(true);
  await expect(tip.locator('.tip-note').first().innerText()).resolves.toMatch(/\w{3,}/);
  await expect(tip.locator('.tip-kind').first().innerText()).resolves.toMatch(/\w/);
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await mark.focus();
  await expect(tip.isVisible()).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await expect(tip.isVisible()).resolves.toBe(false);
});

test('the discrepancy panel names both spokesmen and links to their claims', async () => {
  await open();
  const panel = page.locator('section.discrepancies');
  const text = await panel.innerText();
  expect(text).toContain('Baghaei');
  expect(text).toContain('Khatib');
  const link = panel.locator('a', { hasText: /see claim/ }).first();
  const href = (await link.getAttribute('href'))!;
  const target = href.split('#')[1];
  // The claim's row opens with the link (closed rows carry no claim cards).
  expect(href).toMatch(/[?&]group=/);
  await link.click();
  await page.waitForURL(/group=/);
  await page.locator(`#${target}`).waitFor({ state: 'visible' });
  await expect(page.locator(`#${target}`).isVisible()).resolves.toBe(true);
});

test('blind mode hides the outlet names, on the page and in the export', async () => {
  await open('?blind=1');
  const body = await page.locator('body').innerText();
  for (const outlet of seedOutlets) expect(body).not.toContain(outlet);
  expect(body).toContain('Source A');
  expect(body).toContain('Source B');
  expect(await page.title()).not.toMatch(new RegExp(seedOutlets.map((o) => o.replace(/[()]/g, '\\$&')).join('|')));
  const download = page.waitForEvent('download');
  await page.locator('a', { hasText: /^CSV$/ }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  for (const outlet of seedOutlets) expect(csv).not.toContain(outlet);
});

test('the CSV export downloads and parses: one row per claim', async () => {
  await open();
  const download = page.waitForEvent('download');
  await page.locator('a', { hasText: /^CSV$/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(readFileSync((await file.path())!, 'utf8'));
  const [header, ...records] = rows;
  expect(header).toEqual(expect.arrayContaining(['source', 'claim_id', 'group_id', 'text', 'tone_score', 'annotations']));
  const claims = Number((await page.locator('.comparison-header > .meta').innerText()).match(/(\d+) claims/)![1]);
  expect(records).toHaveLength(claims);
  for (const record of records) expect(record).toHaveLength(header.length);
  expect(new Set(records.map((r) => r[header.indexOf('source')]))).toEqual(new Set(seedOutlets));
});

test('filters live in the URL', async () => {
  await open('?show=unique&source=a2');
  const kinds = await page.locator('table.grid tbody').evaluateAll((els) => els.map((e) => e.className));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => k.includes('row-badge-unique'))).toBe(true);
  await expect(page.locator('#filter-source').inputValue()).resolves.toBe('a2');
  await page.fill('#filter-q', 'Oman');
  await page.click('.filters button[type=submit]');
  await page.waitForURL(/q=Oman/);
  const texts = await page.locator('table.grid tbody').allInnerTexts();
  expect(texts.every((t) => /oman/i.test(t))).toBe(true);
});

test('reading mode shows a clicked claim’s counterparts', async () => {
  await open('?view=read&article=a2');
  await page.locator('.read-claim').first().click({ position: { x: 2, y: 2 } });
  await page.waitForURL(/claim=a2c/);
  const panel = await page.locator('aside.counterparts').innerText();
  expect(panel).toMatch(/Selected claim/);
  expect(panel).toContain(seedOutlets[0]);
});

test('no horizontal overflow at phone width; full-page screenshots at 1280 and 390', async () => {
  await open();
  await page.screenshot({ path: path.join(ARTIFACTS, 'comparison-1280.png'), fullPage: true });
  if (process.env.UPDATE_README_SCREENSHOT) {
    const readme = path.join(ROOT, 'docs', 'screenshots', 'comparison-1280.png');
    mkdirSync(path.dirname(readme), { recursive: true });
    await page.screenshot({ path: readme, clip: { x: 0, y: 0, width: 1280, height: 1500 }, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await open();
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
  expect(overflow.bodyScrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
  await page.screenshot({ path: path.join(ARTIFACTS, 'comparison-390.png'), fullPage: true });
  // Nor does the full view; and an open note must not widen the page either.
  await open('?full=1');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const mark = page.locator('mark.hl').last();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('an open note in the rightmost column stays inside the window at 1280 px', async () => {
  await open('?full=1');
  const mark = page.locator('table.grid td:last-child mark.hl').first();
  if ((await mark.count()) === 0) return; // no highlight in the last column of this comparison
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const box = await page.locator(`#${await mark.getAttribute('aria-describedby')}`).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
