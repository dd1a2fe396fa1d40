import { annotate } from '@/lib/annotations';
import type { Annotation } from '@/lib/contract/types';
import { buildArticle } from './build-article';

function annotationsOf(text: string): Annotation[] {
  return annotate(buildArticle(text)).claims.flatMap((c) => c.annotations);
}
const summary = (text: string) => annotationsOf(text).map((a) => `${a.kind}:${a.text}`);

describe('annotation rules', () => {
  it('shows a weak published opinion word only where the claim reads loaded; a strong one always', () => {
    // "combative" is weak (AFINN-165 does not score it ±2, the NPOV lexicon lacks it); "misleading" is strong.
    const plain = annotate(buildArticle('The senator gave a combative speech on Tuesday.')).claims[0];
    expect(plain.bias!.loaded).toBe(false);
    expect(plain.annotations.map((a) => a.text)).not.toContain('combative');
    const loaded = annotate(buildArticle('The regime’s brutal thugs gave a combative, disastrous and misleading speech.')).claims[0];
    expect(loaded.bias!.loaded).toBe(true);
    expect(loaded.annotations.map((a) => a.text)).toEqual(expect.arrayContaining(['combative', 'misleading']));
    const strong = annotate(buildArticle('The senator gave a misleading speech on Tuesday.')).claims[0];
    expect(strong.annotations.map((a) => a.text)).toContain('misleading');
  });

  it('issue 12 (frame2): a -ly adverb of a published opinion adjective judges as its adjective, citing the derivation', () => {
    const found = annotationsOf('The candidates spoke forcefully and proudly about the plan.');
    const proudly = found.find((a) => a.text === 'proudly');
    expect(proudly).toMatchObject({ kind: 'subjective', entry: expect.stringContaining('proud') });
    expect(proudly!.source).toContain('-ly adverb of "proud"');
    expect(found.find((a) => a.text === 'forcefully')?.source).toContain('-ly adverb of "forceful"');
    // Adverbs of plain adjectives are nothing.
    expect(summary('Officials recently and previously said the plan was ready.')).toEqual([]);
  });

  it('issue 12 (frame2): the token model marks a content word it scores over its threshold, naming its features; never a name or a reporting verb', () => {
    const [hit] = annotationsOf('Oddsmakers track the races with obsessive dedication.').filter((a) => a.entry === 'model:token-bias');
    expect(hit).toMatchObject({ kind: 'subjective', text: 'obsessive', voice: 'narrator' });
    expect(hit.source).toMatch(/^lexicons\/token-bias-model\.json \(score 0\.\d+ ≥ 0\.\d+; features: .*huliu-negative/);
    expect(hit.note).toContain('huliu-negative');
    expect(annotationsOf('The senator stressed that the talks would continue.').filter((a) => a.entry === 'model:token-bias')).toEqual([]);
    expect(annotationsOf('Senator Obsessive Smith arrived on Tuesday.').filter((a) => a.entry === 'model:token-bias')).toEqual([]);
    // A word another rule annotates keeps that rule's entry.
    expect(annotationsOf('The regime carried out a massacre.').find((a) => a.text === 'massacre')?.entry).not.toBe('model:token-bias');
  });

  it('keeps a denied label and says it is denied: "It was not a massacre", "America is not a circus"', () => {
    const [massacre] = annotationsOf('It was not a massacre.').filter((x) => x.text === 'massacre');
    expect(massacre.note).toContain("Here it is denied ('not')");
    const [plain] = annotationsOf('It was a massacre.').filter((x) => x.text === 'massacre');
    expect(plain.note).not.toContain('denied');
    const [later] = annotationsOf('No one came, and it was a massacre.').filter((x) => x.text === 'massacre');
    expect(later.note).not.toContain('denied');
  });

  it('marks loaded wording with a note, a neutral alternative and the entry that matched', () => {
    const [a] = annotationsOf('The regime crushed the protest.').filter((x) => x.kind === 'loaded');
    expect(a).toEqual({
      kind: 'loaded',
      start: 4,
      end: 10,
      text: 'regime',
      note: expect.stringContaining("'government' is neutral"),
      alternative: 'government',
      voice: 'narrator',
      entry: 'loaded:regime',
      source: 'lexicons/annotations-loaded.json',
    });
  });

  it('matches inflected forms through lemmas: massacres, destabilizing, crippled', () => {
    expect(summary('The massacres continued. Their raids kept destabilizing the area. The strikes crippled the port.')).toEqual([
      'loaded:massacres',
      'loaded:destabilizing',
      'loaded:crippled',
    ]);
  });

  it('marks labels, including sponsor compounds like Iranian-backed and Russian-trained', () => {
    expect(summary('Iranian-backed militants and Russian-trained fighters attacked the Jewish state.')).toEqual([
      'label:Iranian-backed',
      'label:militants',
      'label:Russian-trained',
      'label:fighters',
      'label:the Jewish state',
    ]);
  });

  it('keeps one judgement per word: the longer label wins over the loaded word inside it', () => {
    expect(summary('The terror group struck again.')).toEqual(['label:terror group']);
  });

  it('marks hedges and boosters', () => {
    expect(summary('The minister reportedly resigned. It was clearly a mistake that may matter.')).toEqual([
      'hedge:reportedly',
      'booster:clearly',
      'subjective:mistake',
      'hedge:may',
    ]);
  });

  it('does not take ability or plain speech for a hedge: "could not", "said to the paper"', () => {
    expect(summary('Democrats could not muster the votes.')).toEqual([]);
    expect(summary('He said to the paper that he would run.')).toEqual([]);
    expect(summary('He is said to be ill. The deal could collapse.')).toEqual(['hedge:said to be', 'hedge:could']);
  });

  it('does not judge a word that is part of a name: Andy Savage, Tranz Rail', () => {
    expect(summary('Lawyer Andy Savage spoke for the family.')).toEqual([]);
  });

  it('does not take the month May for a hedge', () => {
    expect(summary('The talks began in May.')).toEqual([]);
  });

  it('marks loaded reporting verbs in a speech context but not neutral ones or passives', () => {
    const verbs = (text: string) => summary(text).filter((s) => s.startsWith('reporting-verb'));
    expect(verbs('He claimed that the vote was rigged. She said the vote was fair.')).toEqual(['reporting-verb:claimed']);
    expect(verbs('Two men were accused of fraud.')).toEqual([]);
    expect(summary('The government maintains tight control over the press.')).toEqual([]);
  });

  it('marks vague sourcing: generic sources with a reporting verb, after according to, or as the agent of an attribution passive', () => {
    expect(summary('Senior officials said the talks would resume.')).toContain('vague-source:Senior officials said');
    expect(summary('According to Western diplomats, the deal is close.')).toContain('vague-source:According to Western diplomats');
    expect(summary('Iran is widely regarded by Western intelligence agencies as the sponsor.')).toContain(
      'vague-source:widely regarded by Western intelligence agencies',
    );
    expect(summary('There were media reports of a meeting.')).toContain('vague-source:media reports');
  });

  it('does not take a named source for a vague one', () => {
    expect(summary('Officials of the ministry are expected to travel.').filter((s) => s.startsWith('vague'))).toEqual([]);
    expect(summary('Foreign Minister Abbas Araghchi said the talks would resume.').filter((s) => s.startsWith('vague'))).toEqual([]);
  });

  it('marks agentless passives but not passives with a by-agent or stative participles', () => {
    expect(summary('Three civilians were killed on Monday.')).toContain('agentless:were killed');
    expect(summary('The agreement was violated.')).toContain('agentless:was violated');
    expect(summary('The deal was violated by Iran.').filter((s) => s.startsWith('agentless'))).toEqual([]);
    expect(summary('The office is located in Rome.').filter((s) => s.startsWith('agentless'))).toEqual([]);
  });

  it('explains an agentless passive with the participle in the note', () => {
    const [a] = annotationsOf('Three civilians were killed.').filter((x) => x.kind === 'agentless');
    expect(a.note).toContain("'killed' by whom?");
    expect(a.entry).toBe('agentless:be');
  });

  it('marks subjective evaluation by the writer', () => {
    expect(summary('The disastrous history shows their incompetence.')).toEqual(['subjective:disastrous', 'subjective:incompetence']);
  });

  it('does not apply the English word lists to an article in another language', () => {
    const article = { ...buildArticle('El régimen cometió una masacre terrible.'), language: { code: 'es', supported: false } };
    const [claim] = annotate(article).claims;
    expect([claim.annotations, claim.frames, claim.sentiment.words, claim.sentiment.score]).toEqual([[], [], [], 0]);
  });

  it('keeps every offset exact', () => {
    const text = 'Iranian-backed aggression continues to destabilize the region.\n\nCritics say the so-called reforms are phony.';
    const article = annotate(buildArticle(text));
    const all = article.claims.flatMap((c) => c.annotations);
    expect(all.length).toBeGreaterThan(4);
    for (const a of all) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});
