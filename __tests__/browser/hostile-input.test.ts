// Hostile article text in a real Chromium against the production build: markup an outlet's copy (or
// an attacker) puts into an article is shown as text, never run; every page carries a nonce-only CSP
// that the app's own scripts satisfy (no violations), plus the other security headers.
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApp, type AppServer } from './server';

const SCRIPT_TAG = '<script>window.__pwned=1</script>';
const IMG_TAG = '<img src=x onerror="window.__pwned=1">';
const HTML_LINK = '<a href="javascript:alert(1)">the full statement</a>';
const MARKDOWN_LINK = '[the transcript](javascript:alert(1))';

const HOSTILE_ARTICLES = [
  {
    outlet: 'Wire One',
    text: `Officials said the talks will resume in Rome on Friday. ${SCRIPT_TAG} The ministry confirmed the date in ${HTML_LINK}. A spokesman said the delegations would meet for two days.`,
  },
  {
    outlet: 'Paper Two',
    text: `The talks will resume in Rome on Saturday, a spokesman said. ${IMG_TAG} Diplomats said the agenda was not settled, according to ${MARKDOWN_LINK}.`,
  },
];

let app: AppServer;
let browser: Browser;
let comparisonPath: string;

beforeAll(async () => {
  app = await startApp();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const response = await fetch(`${app.url}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Hostile ${SCRIPT_TAG}`, articles: HOSTILE_ARTICLES }),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`POST /api/comparisons: ${response.status} ${JSON.stringify(body)}`);
  comparisonPath = body.page;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Visit {
  page: Page;
  response: Response;
  /** CSP violations seen by the page (event) or reported on the console, and uncaught page errors. */
  problems: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(`violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  const response = await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
  if (!response) throw new Error(`no response for ${path}`);
  return { page, response, problems };
}

async function expectSecurityHeaders(response: Response) {
  const headers = await response.allHeaders();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(/frame-ancestors 'none'/.test(csp) || /^(DENY|SAMEORIGIN)$/i.test(headers['x-frame-options'] ?? '')).toBe(true);
}

/** The app's scripts actually ran (hydrated): Next's client runtime is present. */
async function expectAppScriptsRan(page: Page) {
  await expect(page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).resolves.toBe('object');
}

async function expectNothingFromTheInputRan({ page, problems }: Visit) {
  await expect(page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
  const injected = await page.evaluate(() => ({
    // The article text also travels in Next's flight data (a nonced <script> pushing an escaped JSON
    // string); a script *from the input* is one whose code is the input's, or an inline one without the nonce.
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').trim() === 'window.__pwned=1' || (!s.src && !s.nonce)).length,
    images: [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x' || i.hasAttribute('onerror')).length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    javascriptLinks: [...document.querySelectorAll('a[href], area[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
  }));
  expect(injected).toEqual({ scripts: 0, images: 0, handlers: 0, javascriptLinks: 0 });
  expect(problems).toEqual([]);
}

test('the comparison page shows hostile markup as text and runs none of it', async () => {
  const visited = await visit(comparisonPath);
  await expectSecurityHeaders(visited.response);
  await expectAppScriptsRan(visited.page);
  await expectNothingFromTheInputRan(visited);
  const text = await visited.page.locator('body').innerText();
  expect(text).toContain('window.__pwned=1');
  expect(text).toContain('<img src=x onerror=');
  expect(await visited.page.title()).toContain(SCRIPT_TAG);
  await visited.page.close();
});

test('reading mode shows both articles’ markup as text and runs none of it', async () => {
  for (const article of ['a1', 'a2']) {
    const visited = await visit(`${comparisonPath}?view=read&article=${article}`);
    await expectSecurityHeaders(visited.response);
    await expectAppScriptsRan(visited.page);
    await expectNothingFromTheInputRan(visited);
    // Reading mode puts a "⇄" counterpart link after each claim; the text between them is the article's.
    const text = (await visited.page.locator('main').innerText()).replace(/⇄/g, '');
    if (article === 'a1') {
      expect(text).toContain(SCRIPT_TAG);
      expect(text).toContain(HTML_LINK);
    } else {
      expect(text).toContain(IMG_TAG);
      expect(text).toContain(MARKDOWN_LINK);
    }
    await visited.page.close();
  }
});

test('blind mode runs none of the markup either', async () => {
  const visited = await visit(`${comparisonPath}?blind=1`);
  await expectSecurityHeaders(visited.response);
  await expectAppScriptsRan(visited.page);
  await expectNothingFromTheInputRan(visited);
  const text = await visited.page.locator('body').innerText();
  expect(text).not.toContain('Wire One');
  expect(text).toContain('window.__pwned=1');
  await visited.page.close();
});

test('every page runs its own scripts under the nonce-only CSP without a violation', async () => {
  for (const path of ['/', '/comparisons/new', '/comparisons/demo-iran-us-talks', '/sign-in', '/no-such-page', '/comparisons/no-such-id']) {
    const visited = await visit(path);
    await expectSecurityHeaders(visited.response);
    await expectAppScriptsRan(visited.page);
    expect({ path, problems: visited.problems }).toEqual({ path, problems: [] });
    await visited.page.close();
  }
});

test('the new-comparison form, rendered per request, works under the strict CSP', async () => {
  const visited = await visit('/comparisons/new');
  const { page } = visited;
  await page.fill('#article-0-outlet', 'Wire One');
  await page.fill('#article-0-text', HOSTILE_ARTICLES[0].text);
  await page.fill('#article-1-outlet', 'Paper Two');
  await page.fill('#article-1-text', HOSTILE_ARTICLES[1].text);
  await Promise.all([page.waitForURL(/\/comparisons\/(?!new)[^/?]+$/, { timeout: 60_000 }), page.click('button[type=submit]')]);
  await page.waitForLoadState('networkidle');
  await expectNothingFromTheInputRan(visited);
  await page.close();
});
