// HTML → article: Readability on linkedom for the text, metadata from JSON-LD, Open Graph and <time>.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { markdownToArticle } from '@/lib/ingest/html/markdown-to-article';
import type { HtmlArticle } from '@/lib/ingest/html';
import { runInNode } from './child/run';

// Tests here analyse whole articles (some in child processes): allow for a busy CI machine.
jest.setTimeout(180_000);

const htmlToArticle = async (html: string, options: { url?: string } = {}) =>
  runInNode<HtmlArticle>('lib/ingest/html', 'htmlToArticle', [html, options]);

const BODY = `<p>The fifth round of talks between Iran and the United States will take place in Rome on Friday, the Omani foreign minister said on Monday.</p>
<p>Iran's Foreign Ministry spokesperson Esmaeil Baghaei said the talks would be indirect, with Oman mediating as before. He added that Tehran would not give up enrichment.</p>
<p>The United States has demanded that Iran stop enrichment entirely, a position Tehran calls unacceptable.</p>`;

const page = (head: string, body = BODY) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article>${body}</article><footer>© The Daily 2025. All rights reserved.</footer></body></html>`;

describe('htmlToArticle', () => {
  test('JSON-LD NewsArticle (in a @graph) gives headline, authors and date; og:site_name the outlet', async () => {
    const article = await htmlToArticle(
      page(`<title>Talks | The Daily</title><meta property="og:site_name" content="The Daily"><meta property="og:title" content="OG title">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily"},
{"@type":["NewsArticle"],"headline":"Iran and US talks move to Rome","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ali Reza"}],
"datePublished":"2025-05-10T08:00:00+02:00","publisher":{"@type":"Organization","name":"Daily Media"}}]}</script>`),
      { url: 'https://www.daily.example/world/talks' },
    );
    expect(article).toMatchObject({
      title: 'Iran and US talks move to Rome',
      outlet: 'The Daily',
      byline: 'Jane Doe, Ali Reza',
      publishedAt: '2025-05-10T06:00:00.000Z',
      url: 'https://www.daily.example/world/talks',
    });
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toMatch(/^The fifth round of talks/);
    expect(article.text).not.toMatch(/Home|World|All rights reserved/);
    expect(article.html).toContain('<article>');
  });

  test('Open Graph and meta tags when there is no JSON-LD; a broken JSON-LD block is skipped', async () => {
    const article = await htmlToArticle(
      page(`<script type="application/ld+json">{ not json</script><meta property="og:title" content="Talks move to Rome">
<meta property="og:site_name" content="Wire Service"><meta name="author" content="Sam Lee"><meta property="article:published_time" content="2025-05-11T09:30:00Z">`),
    );
    expect(article).toMatchObject({ title: 'Talks move to Rome', outlet: 'Wire Service', byline: 'Sam Lee', publishedAt: '2025-05-11T09:30:00.000Z' });
  });

  test('<time datetime> gives the date; the host name stands in for a missing site name', async () => {
    const article = await htmlToArticle(page('<title>Talks</title>', `<time datetime="2025-05-12">12 May</time>${BODY}`), { url: 'https://www.news.example/a' });
    expect(article).toMatchObject({ publishedAt: '2025-05-12T00:00:00.000Z', outlet: 'news.example', title: 'Talks' });
  });

  test('a bare fragment is read whole; markup and scripts never reach the text', async () => {
    const article = await htmlToArticle('<p>Officials said <b>talks</b> resumed.<script>alert(1)</script></p><p>Second <img src=x onerror="alert(2)">paragraph.</p>');
    expect(article.text).toBe('Officials said talks resumed.\n\nSecond paragraph.');
  });
});

describe('pages nested deeper than any article', () => {
  test('past the depth limit the text is kept as paragraphs: blocks and <br> still separate it, scripts never reach it', async () => {
    const inner = `<p>The talks resume in Rome.</p><div><span>Oman mediates</span><br><em>again</em></div><script>alert(1)</script><p>Both sides said so.</p>`;
    const deep = await htmlToArticle(`<html><body>${'<div>'.repeat(3_000)}${inner}${'</div>'.repeat(3_000)}</body></html>`);
    expect(deep.text).toBe('The talks resume in Rome.\n\nOman mediates\nagain\n\nBoth sides said so.');
    const shallow = await htmlToArticle(`<html><body>${'<div>'.repeat(10)}${inner}${'</div>'.repeat(10)}</body></html>`);
    expect(shallow.text).toBe(deep.text);
  });
});

describe('URL ingestion', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('<meta property="og:site_name" content="Test Times"><title>Talks move</title>'));
      else res.writeHead(302, { location: 'http://127.0.0.1:1/' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('fetches, extracts and keeps the page; fields the user gave win', async () => {
    const article = await runInNode<HtmlArticle>('__tests__/fetch/child/fetch-article.ts', 'fetchArticle', [{ url: `http://news.test:${port}/story`, title: 'My title' }]);
    expect(article).toMatchObject({ outlet: 'Test Times', title: 'My title', url: `http://news.test:${port}/story` });
    expect(article.text).toMatch(/^The fifth round of talks/);
    expect(article.html).toContain('<meta property="og:site_name" content="Test Times">');
  });

  test('a redirect to an internal address is refused', async () => {
    await expect(runInNode('__tests__/fetch/child/fetch-article.ts', 'fetchArticle', [{ url: `http://news.test:${port}/elsewhere` }])).rejects.toThrow(
      /Refused to fetch 127\.0\.0\.1: it resolves to 127\.0\.0\.1, a loopback address/,
    );
  });
});

describe('markdownToArticle', () => {
  test('the first # heading is the title; markup is dropped, paragraphs kept', () => {
    expect(markdownToArticle('# Talks *move* to Rome\n\nOfficials **said** the [talks](https://x.example) resume.\n\n> A quote here.\n\n- one\n- two\n')).toEqual({
      title: 'Talks move to Rome',
      text: 'Officials said the talks resume.\n\nA quote here.\n\none\ntwo',
    });
  });

  test('unclosed and nested marks are left as text; closed ones are dropped', () => {
    const read = (line: string) => markdownToArticle(`x\n${line}`).text.slice(2);
    expect(read('see [the [talks](https://x.example) here')).toBe('see [the talks here');
    expect(read('![a map](map.png) and [Rome](https://r.example)')).toBe('a map and Rome');
    expect(read('[not a link] (space) and [open](never closed')).toBe('[not a link] (space) and [open](never closed');
    expect(read('a <b>bold</b> and 3 < 4 > 2 <<em>x</em>')).toBe('a bold and 3  2 <x');
    expect(read('**strong** and **never closed')).toBe('strong and **never closed');
    expect(read('__one__ and ____')).toBe('one and ____');
    expect(read('- [x](y) **z**')).toBe('x z');
  });

  test('headings: closing hashes and runs of spaces are trimmed; only the first # heading is the title', () => {
    expect(markdownToArticle(`# a${' '.repeat(2_000)}b ##\n\n#no space\n# Second`)).toEqual({ title: `a${' '.repeat(2_000)}b`, text: '#no space\nSecond' });
    expect(markdownToArticle('#   #\ntext')).toEqual({ text: 'text' });
    expect(markdownToArticle('# C# rocks\n- - -\ntext')).toEqual({ title: 'C# rocks', text: 'text' });
    expect(markdownToArticle('a\n\n   ***\n\nb\n    ---\n_ _\n-*-')).toEqual({ text: 'a\n\nb\n    ---\n \n-*-' });
  });

  test('a 3 MB line of marks is read without overflowing the stack', () => {
    expect(markdownToArticle(`x\n${'** '.repeat(1_000_000)}`).text).toBe('x');
    expect(markdownToArticle(`x\n${'**a '.repeat(700_000)}`).text.startsWith('x\na a a ')).toBe(true);
    expect(markdownToArticle(`x\n${'- '.repeat(1_500_000)}`).text).toBe('x');
  });
});

