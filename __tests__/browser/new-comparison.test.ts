// Creating a comparison through the form: errors sit next to the article, typed text survives.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApp, type AppServer } from './server';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('an empty article gets its own error, the typed text stays, a file fills an article, and a valid form creates the comparison', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.url}/comparisons/new`, { waitUntil: 'networkidle' });
  const first = 'Officials said the talks will resume in Rome on Friday. The ministry confirmed the date.';
  await page.fill('#article-0-outlet', 'Wire One');
  await page.fill('#article-0-text', first);
  await page.fill('#article-1-outlet', 'Paper Two');
  await page.click('button[type=submit]');
  const error = page.locator('#article-1-text-error');
  await error.waitFor();
  await expect(error.innerText()).resolves.toMatch(/Paste the text/);
  await expect(page.locator('#article-1-text').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.locator('#article-0-text').inputValue()).resolves.toBe(first);
  await expect(page.locator('#article-1-outlet').inputValue()).resolves.toBe('Paper Two');
  await expect(page.locator('#article-0-text-error').count()).resolves.toBe(0);

  // The second article comes from an uploaded file, read by POST /api/ingest into the form.
  const second = 'The talks will resume in Rome on Saturday, a spokesman said.';
  await page.setInputFiles('#article-1-file', { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from(second) });
  await page.waitForFunction((text) => (document.querySelector('#article-1-text') as HTMLTextAreaElement).value.includes(text), second);
  await expect(page.locator('#article-1-outlet').inputValue()).resolves.toBe('Paper Two');
  await Promise.all([page.waitForURL(/\/comparisons\/(?!new)[^/?]+$/, { timeout: 60_000 }), page.click('button[type=submit]')]);
  const headers = await page.locator('table.grid thead th').allInnerTexts();
  expect(headers.map((h) => h.trim())).toEqual(['Wire One', 'Paper Two']);
  await page.goto(app.url, { waitUntil: 'networkidle' });
  await expect(page.locator('.comparison-list').innerText()).resolves.toContain('Wire One, Paper Two');
  await page.close();
});
