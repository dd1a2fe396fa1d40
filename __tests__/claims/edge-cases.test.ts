import { analyseText, claimContaining, offsetProblems } from './helpers';

describe('claims: edge cases of real copy', () => {
  test('a headline in capitals is one headline claim, not split and not attributed', () => {
    const article = analyseText('IRAN SAYS TALKS WILL MOVE TO ROME\n\nIran said on Monday that the talks would move.');
    expect(article.claims[0]).toMatchObject({ kind: 'headline', text: 'IRAN SAYS TALKS WILL MOVE TO ROME', speaker: null });
    expect(article.claims[1].kind).toBe('statement');
  });

  test('a one-line article gives one claim with exact offsets', () => {
    const article = analyseText('Oman will host the fifth round of talks on Friday.');
    expect(article.claims).toHaveLength(1);
    expect(article.claims[0]).toMatchObject({ start: 0, end: 50, kind: 'event', paragraph: 0 });
    expect(offsetProblems(article)).toEqual([]);
  });

  test('an article without sentence punctuation still splits at its line breaks', () => {
    const article = analyseText('Iran agrees to talks in Rome\nOman keeps its mediating role\nThe United States confirms the date');
    expect(article.claims.map((c) => c.text)).toEqual(['Iran agrees to talks in Rome', 'Oman keeps its mediating role', 'The United States confirms the date']);
    expect(offsetProblems(article)).toEqual([]);
  });

  test('list items are separate claims; a list inside a sentence is not split', () => {
    const article = analyseText('The deal requires:\n- limits on enrichment;\n- inspections by the IAEA.\n\nIran, Russia, China and France signed the deal.');
    expect(article.claims.some((c) => c.text === '- inspections by the IAEA.')).toBe(true);
    expect(claimContaining(article, 'signed the deal').text).toBe('Iran, Russia, China and France signed the deal.');
  });

  test('a sentence joining independent assertions is split into atomic claims; a shared subject is not', () => {
    const article = analyseText('Tehran agreed to the venue, but Washington rejected the date. Oman hosted and mediated the talks.');
    expect(article.claims.map((c) => c.text)).toEqual(['Tehran agreed to the venue', 'Washington rejected the date.', 'Oman hosted and mediated the talks.']);
  });

  test('the last item of a list is not a clause, even when a verb follows the list', () => {
    const article = analyseText('Israel argued that only pressure, strict monitoring, and credible deterrence can influence Iran.');
    expect(article.claims).toHaveLength(1);
    expect(article.claims[0].speaker).toMatchObject({ name: 'Israel', verb: 'argued' });
  });

  test('a listed group of speakers is one unnamed source', () => {
    const s = analyseText('Leading Israeli, American, and allied officials stress that the talks matter.').claims[0].speaker;
    expect(s).toMatchObject({ name: null, role: 'Israeli, American, and allied officials', vague: true, verb: 'stress' });
  });

  test('"; " and ", while" split; a quotation is never split', () => {
    const article = analyseText('Iran sent a delegation; Oman sent observers. “We came, and we listened,” the envoy said.');
    expect(article.claims.map((c) => c.text)).toEqual(['Iran sent a delegation', 'Oman sent observers.', '“We came, and we listened,” the envoy said.']);
  });

  test('the reported content carries on into a split-off clause', () => {
    const article = analyseText('Baghaei said that Tehran would attend, and Oman would mediate.');
    const second = claimContaining(article, 'Oman would mediate');
    expect(second.speaker?.name).toBe('Baghaei');
    expect(second.speaker?.content?.text).toBe('Oman would mediate');
  });

  test('non-English text gives marked, unattributed sentence claims rather than garbage', () => {
    const article = analyseText('El gobierno dijo que las conversaciones seguirán. La reunión será en Roma el viernes.');
    expect(article.language.supported).toBe(false);
    expect(article.claims).toHaveLength(2);
    for (const c of article.claims) {
      expect(c.speaker).toBeNull();
      expect(c.entities).toEqual([]);
      expect(c.checkworthiness).toEqual({ score: 0, features: ['unsupported language (es): not analysed'] });
    }
    expect(offsetProblems(article)).toEqual([]);
  });

  test('kinds: opinion, background, event; check-worthiness ranks a checkable event above an evaluation', () => {
    const article = analyseText(
      'The talks must be seen within a wider moral framework. Oman has long served as a mediator. Iran and the United States will hold a fifth round of talks in Rome on Friday.',
    );
    const opinion = claimContaining(article, 'must be seen');
    const background = claimContaining(article, 'has long served');
    const event = claimContaining(article, 'fifth round');
    expect([opinion.kind, background.kind, event.kind]).toEqual(['opinion', 'background', 'event']);
    expect(event.checkworthiness.score).toBeGreaterThan(0.7);
    expect(opinion.checkworthiness.score).toBeLessThan(0.3);
    expect(event.checkworthiness.features).toEqual(expect.arrayContaining(['named actors: Iran, United States, Rome', 'event verb: hold']));
  });

  test('an empty text gives no claims', () => {
    expect(analyseText('').claims).toEqual([]);
  });

  test('numbered and bulleted list items are each one claim, marker included, with exact offsets', () => {
    const text = 'The deal has three parts.\n1. Iran will limit enrichment.\n2. Inspectors will return to the sites.\n10. Sanctions will be eased.\n- Oman will host the talks.\n* Qatar will pay.';
    const article = analyseText(text);
    const items = ['1. Iran will limit enrichment.', '2. Inspectors will return to the sites.', '10. Sanctions will be eased.', '- Oman will host the talks.', '* Qatar will pay.'];
    expect(article.claims.map((c) => c.text)).toEqual(['The deal has three parts.', ...items]);
    for (const item of items) expect(claimContaining(article, item).start).toBe(article.text.indexOf(item));
    expect(offsetProblems(article)).toEqual([]);
  });

  test('a subheading in capitals is a headline claim even when wink reads a verb in it', () => {
    const article = analyseText('Talks resume in Rome\n\nIran said on Monday that the talks would resume.\n\nWHAT THE DEAL SAYS\n\nThe deal limits enrichment.');
    expect(claimContaining(article, 'WHAT THE DEAL SAYS')).toMatchObject({ kind: 'headline', text: 'WHAT THE DEAL SAYS', speaker: null });
    expect(claimContaining(article, 'limits enrichment').kind).toBe('event');
    expect(offsetProblems(article)).toEqual([]);
  });

  test('a headline in capitals with abbreviations and several sentences stays one headline claim', () => {
    const article = analyseText('U.S. OFFICIALS SAY IRAN TALKS WILL RESUME. NO DATE SET\n\nIran said on Monday that the talks would resume.');
    expect(article.claims[0]).toMatchObject({ kind: 'headline', start: 0, text: 'U.S. OFFICIALS SAY IRAN TALKS WILL RESUME. NO DATE SET', speaker: null });
    expect(article.claims).toHaveLength(2);
  });
});
