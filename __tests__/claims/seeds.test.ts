import { analyseText, claimContaining, seedText, SEED_FILES, offsetProblems } from './helpers';

describe('claims on the seed articles', () => {
  const first = analyseText(seedText(SEED_FILES[0]));
  const second = analyseText(seedText(SEED_FILES[1]));

  test("the first seed's opening claim is Baghaei's, said, with his role", () => {
    const claim = first.claims[0];
    expect(claim.speaker).toMatchObject({ name: 'Esmaeil Baghaei', verb: 'said', vague: false });
    expect(claim.speaker?.role).toContain('spokesperson');
    expect(claim.kind).toBe('statement');
  });

  test("the second seed's first body claim is Khatib's", () => {
    const claim = second.claims.find((c) => c.kind !== 'headline')!;
    expect(claim.speaker?.name).toBe('Esmaeil Khatib');
    expect(claim.speaker?.role).toContain('spokesman');
  });

  test('"He added that Tehran and Moscow …" is attributed to Baghaei, the mention pointing at his name', () => {
    const claim = claimContaining(first, 'He added that Tehran and Moscow');
    expect(claim.speaker).toMatchObject({ name: 'Esmaeil Baghaei', verb: 'added' });
    expect(claim.speaker?.mention?.text).toContain('Baghaei');
    expect(claim.speaker?.content?.text.startsWith('Tehran and Moscow enjoy')).toBe(true);
  });

  test('"Grossi wrote on X" is attributed to Rafael Grossi, as a direct quotation', () => {
    const claim = claimContaining(first, 'Grossi wrote on X');
    expect(claim.speaker).toMatchObject({ name: 'Rafael Grossi', verb: 'wrote', quote: 'direct' });
    expect(claim.speaker?.content?.text.startsWith('“Intensive day')).toBe(true);
    expect(claim.quotes[0].text.startsWith('“Intensive day')).toBe(true);
  });

  test('the actors of the Rome sentence are normalised through the alias table', () => {
    const claim = claimContaining(first, 'Tehran has reluctantly agreed');
    const got = claim.entities.map((e) => [e.kind, e.canonical, e.detail ?? null]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['actor', 'Iran', 'Tehran'],
        ['actor', 'United States', null],
        ['place', 'Rome', 'Italy'],
        ['place', 'Muscat', 'Oman'],
      ]),
    );
  });

  test('related-article teasers and page controls are removed, not claims', () => {
    const reasons = second.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['related-header', 'related-teaser', 'cms-control', 'share-prompt', 'repeated-headline']));
    expect(second.removed.filter((r) => r.reason === 'related-teaser')).toHaveLength(8);
    for (const fragment of ['Edit Content', 'Share the Article', 'Related Articles', 'No More Articles', 'Operation Moses', 'Hodeida port']) {
      expect(second.claims.some((c) => c.text.includes(fragment))).toBe(false);
      expect(second.text.includes(fragment)).toBe(false);
    }
  });

  test('the detected headline opens the clean text and is covered by one headline claim', () => {
    expect(second.title).toBe('Iran and U.S. Prepare for Crucial Talks in Rome Amid Terrorism Threats');
    expect(second.text.startsWith(`${second.title}\n\n`)).toBe(true);
    expect(second.claims[0]).toMatchObject({ kind: 'headline', start: 0, text: second.title });
  });

  test('a quotation continued in the next sentence keeps its speaker', () => {
    const claim = claimContaining(first, 'It’s not an important issue.');
    expect(claim.speaker).toMatchObject({ name: 'Kazem Gharibabadi', quote: 'direct' });
  });

  test('every claim, entity, quote and speaker span of both seeds points into the clean text', () => {
    expect(offsetProblems(first)).toEqual([]);
    expect(offsetProblems(second)).toEqual([]);
  });

  test('removed items point into the raw input', () => {
    const raw = seedText(SEED_FILES[1]);
    for (const r of second.removed) expect(raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
  });
});
