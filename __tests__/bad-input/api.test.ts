// The bad-input suite through the HTTP API: every case gets a clear 4xx or a correct analysis, never a
// 500, and the database stays consistent (nothing half-stored, no orphan rows).
import Database from 'better-sqlite3';
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { useRouteServer } from '@/__tests__/api/route-server';
import { TEXT_CASES } from './cases';

// Stored comparisons here are analysed within the request (the inline path), whatever their size: the
// queued path is tested in __tests__/storage.
process.env.PARALLAX_INLINE_ANALYSIS_CHARS = '10000000';

// Tests here analyse whole articles (some in child processes): allow for a busy CI machine.
jest.setTimeout(180_000);

const db = useTempDatabase();

const server = useRouteServer();

const send = (path: string, body: BodyInit | undefined, contentType: string | null = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body });

function counts() {
  const sqlite = new Database(db.file, { readonly: true });
  try {
    const one = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    return {
      comparisons: one('SELECT COUNT(*) AS n FROM "Comparison"'),
      articles: one('SELECT COUNT(*) AS n FROM "Article"'),
      orphanArticles: one('SELECT COUNT(*) AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ComparisonArticle" m WHERE m."articleId" = a."id")'),
      emptyComparisons: one('SELECT COUNT(*) AS n FROM "Comparison" c WHERE NOT EXISTS (SELECT 1 FROM "ComparisonArticle" m WHERE m."comparisonId" = c."id")'),
    };
  } finally {
    sqlite.close();
  }
}

describe('bad input through the API', () => {
  test.each(TEXT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const before = counts();
    const articles = testCase.texts.map((text, i) => ({ outlet: `Outlet ${i + 1}`, text }));
    for (const path of ['/api/analyze', '/api/comparisons']) {
      const response = await send(path, JSON.stringify({ articles }));
      const body = await response.json();
      if (testCase.error) {
        expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: testCase.error.status, type: 'application/problem+json' });
        expect(body.detail).toMatch(testCase.error.message);
        expect(body.detail).toMatch(/^article \d+|at most 12/);
        continue;
      }
      expect({ path, status: response.status }).toEqual({ path, status: path === '/api/analyze' ? 200 : 201 });
      const analysis = path === '/api/analyze' ? body : (await (await fetch(`${server.url}/api/comparisons/${body.id}`)).json()).analysis;
      expect(analysis.articles).toHaveLength(testCase.texts.length);
      const ids: string[] = [];
      for (const article of analysis.articles)
        for (const claim of article.claims) {
          expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
          ids.push(claim.id);
        }
      expect(analysis.groups.flatMap((g: { claims: string[] }) => g.claims).sort()).toEqual(ids.sort());
    }
    const after = counts();
    expect(after.comparisons).toBe(before.comparisons + (testCase.error ? 0 : 1));
    expect(after.orphanArticles).toBe(0);
    expect(after.emptyComparisons).toBe(0);
  });

  test('duplicated articles are stored once', async () => {
    const before = counts();
    const text = 'The port reopened on Monday after a two-day strike, the harbour authority said.';
    const response = await send('/api/comparisons', JSON.stringify({ articles: [{ outlet: 'Same', text }, { outlet: 'Same', text }] }));
    expect(response.status).toBe(201);
    expect(counts().articles).toBe(before.articles + 1);
  });

  test.each([
    ['malformed JSON', '{"articles": [{"text": "x"}', 'application/json', 400, /not valid JSON/],
    ['invalid UTF-8', Buffer.concat([Buffer.from('{"articles":[{"text":"caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}]}')]), 'application/json', 400, /not valid UTF-8/],
    ['binary body', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'application/json', 400, /not valid (UTF-8|JSON)/],
    ['empty body', '', 'application/json', 400, /body is empty/],
    ['JSON that is not an object', '[1, 2, 3]', 'application/json', 400, /expected object/],
    ['no articles', '{"title": "x"}', 'application/json', 400, /articles: articles must be a list/],
    ['articles empty', '{"articles": []}', 'application/json', 400, /give at least one article/],
    ['an article with nothing to read', '{"articles": [{"outlet": "A"}]}', 'application/json', 400, /give the article as "text", "html" or "url"/],
    ['text of the wrong type', '{"articles": [{"text": 42}]}', 'application/json', 400, /text is required and must be a string/],
    ['a URL that is not http', '{"articles": [{"url": "file:///etc/passwd"}]}', 'application/json', 400, /url must be an http or https address/],
    ['wrong content type: text/plain', '{"articles": [{"text": "x"}]}', 'text/plain', 415, /Content-Type: application\/json/],
    ['wrong content type: form', 'articles=x', 'application/x-www-form-urlencoded', 415, /Content-Type: application\/json/],
    ['no content type', Buffer.from('{"articles": [{"text": "x"}]}'), null, 415, /no Content-Type/],
    ['body over 2 MB', JSON.stringify({ articles: [{ text: 'x'.repeat(2 * 1024 * 1024) }] }), 'application/json', 413, /larger than 2 MB/],
  ] as const)('%s', async (_name, body, contentType, status, message) => {
    const before = counts();
    for (const path of ['/api/comparisons', '/api/analyze']) {
      const response = await send(path, body as BodyInit, contentType);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).detail).toMatch(message);
    }
    expect(counts()).toEqual(before);
  });

  test('uploads: wrong type and oversize files get a clear message', async () => {
    const upload = (name: string, content: string | Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
      return fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
    };
    const docx = await upload('notes.docx', 'PK\u0003\u0004');
    expect(docx.status).toBe(415);
    expect((await docx.json()).detail).toBe('notes.docx: unsupported file type ".docx" (use .txt, .md, .html or .json)');
    const big = await upload('big.txt', 'x'.repeat(2 * 1024 * 1024 + 100 * 1024));
    expect(big.status).toBe(413);
    const latin1 = await upload('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(latin1.status).toBe(400);
    expect((await latin1.json()).detail).toMatch(/latin1\.txt is not valid UTF-8/);
    const empty = await upload('empty.txt', '');
    expect(empty.status).toBe(400);
    // Shapes that made the markdown reader's regular expressions and Readability superlinear: each is read in full
    const heading = await upload('heading.md', `# Talks${' '.repeat(900)}resume\n\n${'<'.repeat(100_000)} officials said.`);
    expect(heading.status).toBe(200);
    const [fromMarkdown] = (await heading.json()).articles;
    expect(fromMarkdown.title).toBe(`Talks${' '.repeat(900)}resume`);
    expect(fromMarkdown.text).toBe(`${'<'.repeat(100_000)} officials said.`);
    const deep = await upload('deep.html', `<html><body>${'<div>'.repeat(10_000)}<p>Officials said the talks would resume in Rome on Friday.</p>${'</div>'.repeat(10_000)}</body></html>`);
    expect(deep.status).toBe(200);
    expect((await deep.json()).articles[0].text).toBe('Officials said the talks would resume in Rome on Friday.');
    const good = await upload('wire.txt', 'Talks resumed in Oman on Friday.');
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ articles: [{ outlet: 'wire', text: 'Talks resumed in Oman on Friday.' }] });
  });
});
