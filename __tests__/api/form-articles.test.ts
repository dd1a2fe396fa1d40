import { resolveFormArticles } from '@/lib/api/form-articles';

describe('resolveFormArticles (for the new-comparison server action)', () => {
  test('pasted text is used as typed; blank fields are dropped', async () => {
    await expect(resolveFormArticles([{ outlet: ' ', title: 'T', text: 'Talks resumed.', url: '' }])).resolves.toEqual([{ title: 'T', text: 'Talks resumed.' }]);
  });

  test('failures come back per article, with their index, and every failure is listed', async () => {
    const failure = resolveFormArticles([
      { text: 'Talks resumed.' },
      { url: 'http://127.0.0.1:9/secret' },
      { outlet: 'Empty' },
      { text: '   ' },
    ]);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      details: {
        articles: [
          { index: 1, code: 'FETCH_FAILED', message: expect.stringMatching(/loopback address/) },
          { index: 2, code: 'INVALID_INPUT', message: 'give the article as text, an HTML page or a URL' },
          { index: 3, code: 'INVALID_INPUT', message: 'give the article as text, an HTML page or a URL' },
        ],
      },
    });
  });
});
