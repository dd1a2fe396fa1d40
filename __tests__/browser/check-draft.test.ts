// The editor's check page in a real Chromium against the production build: paste a draft and a
// reference, get the report saved as a comparison, edit and re-run it; the page says what the API says.
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

const wire = [
  'Iran and the United States will hold a fifth round of talks in Rome on Friday, the Omani foreign minister said.',
  'Sanctions would snap back into place after 30 days unless the Security Council votes to extend the suspension.',
  'Foreign Ministry spokesman Esmaeil Baghaei said the talks would be indirect.',
  'Oman has mediated between the two countries since the early 2010s.',
].join(' ');
const draft = wire.replace('after 30 days', 'after 45 days').replace(' Oman has mediated between the two countries since the early 2010s.', '');

test('a draft checked against the wire copy: the changed number and the deleted sentence are reported, as the API reports them; edit and re-run keeps the texts', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.url}/check`, { waitUntil: 'networkidle' });
  await expect(page.locator('legend').first().innerText()).resolves.toBe('Your draft');
  await page.fill('#article-0-outlet', 'Our desk');
  await page.fill('#article-0-text', draft);
  await page.fill('#article-1-outlet', 'Wire');
  await page.fill('#article-1-text', wire);
  await Promise.all([page.waitForURL(/\/comparisons\/[^/?]+\/check$/, { timeout: 60_000 }), page.click('button[type=submit]')]);

  const conflicts = await page.locator('#conflicts-heading').locator('xpath=..').innerText();
  expect(conflicts).toContain('Draft: 45 days. Wire: 30 days.');
  const missing = await page.locator('#missing-heading').locator('xpath=..').innerText();
  expect(missing).toContain('Oman has mediated between the two countries since the early 2010s.');

  const api = await (
    await fetch(`${app.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ draft: { outlet: 'Our desk', text: draft }, references: [{ outlet: 'Wire', text: wire }] }),
    })
  ).json();
  for (const line of Object.values(api.summary as Record<string, string>)) await expect(page.getByText(line, { exact: true }).count()).resolves.toBe(1);

  await Promise.all([page.waitForURL(/\/check\?from=/), page.click('text=Edit and re-run the check')]);
  await expect(page.locator('#article-0-text').inputValue()).resolves.toBe(draft);
  await expect(page.locator('#article-1-outlet').inputValue()).resolves.toBe('Wire');
  await page.close();
});
