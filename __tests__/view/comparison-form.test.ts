import { parseFormEntries, validateForm, errorsFromIssues, errorsFromDetails, hasErrors, initialFormState, fillSlots, draftFromIngest } from '@/lib/view/comparison-form';

describe('parseFormEntries', () => {
  it('reads the title and each article’s fields, passing unknown fields through', () => {
    const values = parseFormEntries([
      ['title', 'Talks'],
      ['articles.0.outlet', 'A'], ['articles.0.text', 'One.'],
      ['articles.2.text', 'Three.'], ['articles.2.url', 'https://example.org/x'],
      ['articles.9.text', 'ignored: beyond eight'], ['$ACTION_ID', 'x'],
    ]);
    expect(values).toEqual({
      title: 'Talks',
      articles: [
        { outlet: 'A', title: '', text: 'One.' },
        { outlet: '', title: '', text: '' },
        { outlet: '', title: '', text: 'Three.', url: 'https://example.org/x' },
      ],
    });
  });

  it('always gives at least two article slots', () => {
    expect(parseFormEntries([]).articles).toHaveLength(2);
  });
});

describe('validateForm', () => {
  it('puts the error next to the article with no text', () => {
    const { errors } = validateForm({ title: '', articles: [{ outlet: 'A', title: '', text: 'x' }, { outlet: 'B', title: '', text: '  ' }] });
    expect(errors).toEqual({ articles: { 1: { text: 'Paste the text of this article, or give its web address.' } } });
  });

  it('skips blank extra articles and remembers which form position each article came from', () => {
    const result = validateForm({
      title: '',
      articles: [{ outlet: ' A ', title: '', text: 'x' }, { outlet: '', title: '', text: 'y' }, { outlet: '', title: '', text: ' ' }, { outlet: '', title: 'T', text: 'z' }],
    });
    expect(result.articles).toEqual([{ outlet: 'A', text: 'x' }, { text: 'y' }, { title: 'T', text: 'z' }]);
    expect(result.positions).toEqual([0, 1, 3]);
    expect(result.errors).toEqual({ articles: {} });
  });

  it('accepts an article given by its web address alone', () => {
    const result = validateForm({ title: '', articles: [{ outlet: '', title: '', text: 'x' }, { outlet: '', title: '', text: '', url: 'https://example.org/a' }] });
    expect(result.errors).toEqual({ articles: {} });
    expect(result.articles[1]).toEqual({ text: '', url: 'https://example.org/a' });
  });

  it('asks for two articles', () => {
    const { errors } = validateForm({ title: '', articles: [{ outlet: '', title: '', text: 'x' }] });
    expect(errors.form).toBe('Give at least 2 articles to compare.');
    expect(hasErrors(initialFormState().errors)).toBe(false);
  });
});

describe('errorsFromIssues', () => {
  it('maps data-layer issue paths back to form positions', () => {
    expect(errorsFromIssues('bad', [{ path: ['articles', '1', 'text'], message: 'the article text is empty' }], [0, 2])).toEqual({
      articles: { 2: { text: 'the article text is empty' } },
    });
  });

  it('falls back to a form-level message', () => {
    expect(errorsFromIssues('Database is busy', undefined, [0, 1])).toEqual({ form: 'Database is busy', articles: {} });
    expect(errorsFromIssues('x', [{ path: ['title'], message: 'too long' }], [0, 1]).form).toBe('too long');
  });
});

describe('errorsFromDetails', () => {
  it('places per-article problems from the URL resolver at their form positions', () => {
    expect(errorsFromDetails('article 2: could not fetch', { articles: [{ index: 1, message: 'could not fetch' }] }, [0, 3])).toEqual({
      articles: { 3: { text: 'could not fetch' } },
    });
  });

  it('falls back to the data layer’s issues', () => {
    expect(errorsFromDetails('bad', { issues: [{ path: ['articles', '0', 'text'], message: 'empty' }] }, [1])).toEqual({ articles: { 1: { text: 'empty' } } });
  });
});

describe('fillSlots', () => {
  const d = (text: string, outlet = '') => ({ outlet, title: '', text });

  it('fills the slot asked for, then the next slots without text, keeping typed outlets', () => {
    const list = [d('typed'), d('', 'My outlet'), d('also typed')];
    expect(fillSlots(list, 1, [d('one', 'Fetched'), d('two', 'Fetched')])).toEqual([d('typed'), d('one', 'My outlet'), d('also typed'), d('two', 'Fetched')]);
  });

  it('stops at eight articles', () => {
    const many = Array.from({ length: 10 }, (_, i) => d(`t${i}`));
    expect(fillSlots([d(''), d('')], 0, many)).toHaveLength(8);
  });

  it('reads only string fields of the API answer', () => {
    expect(draftFromIngest({ text: 'x', outlet: 3, url: 'https://e.org', html: '<p>' })).toEqual({ outlet: '', title: '', text: 'x', url: 'https://e.org' });
  });
});
