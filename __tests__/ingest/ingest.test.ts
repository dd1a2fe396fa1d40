import { ingest } from '@/lib/ingest';

const run = (text: string, title?: string) => ingest({ text, ...(title ? { title } : {}) }, 'a1');

describe('ingest: cleaning pasted article text', () => {
  test('page furniture goes to removed[] with its reason and raw offsets; paragraphs stay', () => {
    const raw = 'Edit Content\n\nThe Senate passed the bill on Tuesday.\n\nRead more\n\nSubscribe now\n\nLawmakers will vote again in May.\n';
    const article = run(raw);
    expect(article.text).toBe('The Senate passed the bill on Tuesday.\n\nLawmakers will vote again in May.');
    expect(article.removed.map((r) => r.reason)).toEqual(['cms-control', 'read-more', 'subscribe-prompt']);
    for (const r of article.removed) {
      expect(raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
      expect(r.note.length).toBeGreaterThan(10);
    }
  });

  test('a related-articles list is removed with its teasers up to the end marker', () => {
    const raw = [
      'Officials met in Geneva on Monday. They agreed to meet again.',
      'Related Articles',
      'A missile was intercepted over the north after sirens sounded across the region.',
      'Aid deliveries resumed in the south under heavy security.',
      'No More Articles',
      'Share the Article',
    ].join('\n\n');
    const article = run(raw);
    expect(article.text).toBe('Officials met in Geneva on Monday. They agreed to meet again.');
    expect(article.removed.map((r) => r.reason)).toEqual(['related-header', 'related-teaser', 'related-teaser', 'list-end', 'share-prompt']);
  });

  test('a headline repeated by a share widget becomes the title; the copy is removed', () => {
    const raw = 'Edit Content\n\nTalks Move To Rome\n\nIran agreed to new talks.\n\nSharing: Talks Move To Rome';
    const article = run(raw);
    expect(article.title).toBe('Talks Move To Rome');
    expect(article.text).toBe('Talks Move To Rome\n\nIran agreed to new talks.');
    expect(article.removed.map((r) => r.reason)).toEqual(['cms-control', 'repeated-headline']);
  });

  test('a headline in capitals on the first line is detected as the title', () => {
    const article = run('IRAN AGREES TO TALKS IN ROME\n\nIran said on Monday it would attend.');
    expect(article.title).toBe('IRAN AGREES TO TALKS IN ROME');
    expect(article.text.startsWith('IRAN AGREES TO TALKS IN ROME\n\n')).toBe(true);
  });

  test('a given title opens the clean text, and its copy in the body is not repeated', () => {
    const article = run('Talks move to Rome\n\nIran agreed to new talks.', 'Talks move to Rome');
    expect(article.text).toBe('Talks move to Rome\n\nIran agreed to new talks.');
    const other = run('Iran agreed to new talks.', 'Talks move to Rome');
    expect(other.text).toBe('Talks move to Rome\n\nIran agreed to new talks.');
  });

  test('byline and dateline go to their fields and to removed[]', () => {
    const raw = 'By Jane Doe and John Roe\n\nWASHINGTON (Reuters) — The Senate voted on Tuesday to pass the bill.';
    const article = run(raw);
    expect(article.byline).toBe('Jane Doe and John Roe');
    expect(article.dateline).toBe('WASHINGTON (Reuters)');
    expect(article.text).toBe('The Senate voted on Tuesday to pass the bill.');
    expect(article.removed.map((r) => r.reason)).toEqual(['byline', 'dateline']);
    for (const r of article.removed) expect(raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
  });

  test('whitespace is folded but quotes, apostrophes and accented names are kept as written', () => {
    const article = run('  Iran’s   minister,\tAbbas Araghchi, met “José Ñúñez”  and Al Thani.  ');
    expect(article.text).toBe('Iran’s minister, Abbas Araghchi, met “José Ñúñez” and Al Thani.');
  });

  test('hard-wrapped lines are joined; one-paragraph-per-line copy keeps its lines as paragraphs', () => {
    const wrapped = run('The minister said the talks, which began in April after months of delay,\nwould resume next week in Oman.');
    expect(wrapped.text).toBe('The minister said the talks, which began in April after months of delay, would resume next week in Oman.');
    const lines = run('Iran agreed to talks.\nOman will mediate.');
    expect(lines.text).toBe('Iran agreed to talks.\n\nOman will mediate.');
  });

  test('photo credits and captions are removed', () => {
    const article = run('Protesters gather outside the embassy. (Photo: AP/Jane Doe)\n\nGetty Images\n\nThe protest ended peacefully.');
    expect(article.text).toBe('The protest ended peacefully.');
    expect(article.removed.map((r) => r.reason)).toEqual(['caption', 'photo-credit']);
  });

  test('non-English text is flagged as unsupported with a note', () => {
    const article = run('El gobierno de España dijo que la situación es muy grave para todos los ciudadanos del país.');
    expect(article.language).toMatchObject({ code: 'es', supported: false });
    expect(article.language.note).toMatch(/English/);
    const arabic = run('قالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل في مسقط');
    expect(arabic.language).toMatchObject({ code: 'ar', supported: false });
    expect(run('Iran agreed to hold talks with the United States in Rome.').language).toEqual({ code: 'en', supported: true });
  });

  test('a wire story: sentence-case headline, byline, read time, dateline, file-photo caption, ad marker, credits', () => {
    const raw = [
      'Iran nuclear talks to resume in Vienna, diplomats say',
      'By Francois Murphy and John Irish',
      '3 min read',
      'VIENNA, May 3 (Reuters) - Indirect talks between Iran and the United States will resume on Thursday, diplomats said.',
      'FILE PHOTO: A flag flutters in front of the IAEA headquarters in Vienna, Austria, May 24, 2021. REUTERS/Leonhard Foeger/File Photo',
      'Advertisement · Scroll to continue',
      'Iran said it was ready.',
      'Reporting by Francois Murphy; Editing by Alex Richardson',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n\n');
    const article = run(raw);
    expect(article.title).toBe('Iran nuclear talks to resume in Vienna, diplomats say');
    expect(article.byline).toBe('Francois Murphy and John Irish');
    expect(article.dateline).toBe('VIENNA, May 3 (Reuters)');
    expect(article.text).toBe(
      'Iran nuclear talks to resume in Vienna, diplomats say\n\nIndirect talks between Iran and the United States will resume on Thursday, diplomats said.\n\nIran said it was ready.',
    );
    expect(article.removed.map((r) => r.reason)).toEqual(['byline', 'read-more', 'dateline', 'caption', 'advertisement', 'credit', 'credit']);
    for (const r of article.removed) expect(raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
  });

  test('an empty input gives an empty clean text and nothing removed', () => {
    const article = run('   \n\n  ');
    expect(article.text).toBe('');
    expect(article.removed).toEqual([]);
  });
});
