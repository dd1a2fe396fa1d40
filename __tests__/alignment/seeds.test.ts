// The seed comparison through the whole pipeline (analyze): what alignment must get right on real copy.
// These depend on the claims stage too (sentence/claim boundaries, speakers, entities).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@/lib/pipeline';
import type { Analysis, Claim } from '@/lib/contract/types';

const seeds = join(__dirname, '../../seeds');
const comparison = JSON.parse(readFileSync(join(seeds, 'comparison.json'), 'utf8'));
const analysis: Analysis = analyze(
  comparison.articles.map((a: { file: string; outlet: string; title: string }) => ({ outlet: a.outlet, title: a.title, text: readFileSync(join(seeds, a.file), 'utf8') })),
);
const [first, second] = analysis.articles;

const claimWith = (articleIndex: number, phrase: string): Claim => {
  const c = analysis.articles[articleIndex].claims.find((x) => x.text.includes(phrase));
  if (!c) throw new Error(`no claim of article ${articleIndex + 1} contains "${phrase}"`);
  return c;
};
const groupOf = (claim: Claim) => analysis.groups.find((g) => g.claims.includes(claim.id))!;
/** Whether a claim with one of `phrases` shares a group with a claim with one of `otherPhrases` (phrases that no
 *  claim contains are skipped, so that claim boundaries may move; at least one on each side must exist). */
const shareAGroup = (articleIndex: number, phrases: string[], otherIndex: number, otherPhrases: string[]) => {
  const present = (i: number, list: string[]) => list.filter((p) => analysis.articles[i].claims.some((c) => c.text.includes(p)));
  const mine = present(articleIndex, phrases), theirs = present(otherIndex, otherPhrases);
  expect(mine.length && theirs.length).toBeTruthy();
  const groups = new Set(mine.map((p) => groupOf(claimWith(articleIndex, p)).id));
  return theirs.some((p) => groups.has(groupOf(claimWith(otherIndex, p)).id));
};

describe('alignment on the seed comparison', () => {
  it('puts every claim in exactly one group', () => {
    const ids = analysis.articles.flatMap((a) => a.claims.map((c) => c.id)).sort();
    expect(analysis.groups.flatMap((g) => g.claims).sort()).toEqual(ids);
  });

  it('aligns the Rome venue claims of both articles', () => {
    expect(shareAGroup(0, ['talks with the United States in Rome'], 1, ['this Friday in Rome', 'Crucial Talks in Rome', 'Italy’s selection as the venue', 'Friday’s scheduled', 'forthcoming Rome talks'])).toBe(true);
  });

  it("aligns Oman's mediating role across the two", () => {
    expect(shareAGroup(0, ['central mediating role', 'continue to facilitate and mediate'], 1, ['mediation efforts led by the government of Oman', 'Oman’s mediation role', 'through Oman’s intervention'])).toBe(true);
  });

  it("keeps the Rome venue and Oman's mediation as two happenings, each shared by both sources", () => {
    const venue = groupOf(claimWith(0, 'talks with the United States in Rome'));
    const mediation = ['central mediating role', 'continue to facilitate and mediate']
      .filter((p) => first.claims.some((c) => c.text.includes(p)))
      .map((p) => groupOf(claimWith(0, p)));
    expect(mediation.length).toBeGreaterThan(0);
    for (const g of mediation) expect(g.id).not.toBe(venue.id);
    expect(venue.articles).toEqual([first.id, second.id]);
    expect(mediation.some((g) => g.articles.length === 2)).toBe(true);
  });

  it('names Baghaei and Khatib as the Foreign Ministry spokesman, each with its claims', () => {
    const d = analysis.discrepancies.find((x) => x.kind === 'role-holder' && /spokes/i.test(x.subject) && /foreign ministry/i.test(x.subject));
    expect(d).toBeDefined();
    const byArticle = Object.fromEntries(d!.values.map((v) => [v.article, v]));
    expect(byArticle[first.id].value).toMatch(/Baghaei/);
    expect(byArticle[second.id].value).toMatch(/Khatib/);
    expect(byArticle[first.id].claims).toContain(claimWith(0, 'Esmaeil Baghaei').id);
    expect(byArticle[second.id].claims).toContain(claimWith(1, 'Esmaeil Khatib').id);
  });

  it.each([
    ['Araghchi in Moscow', 'traveled to Moscow for consultations'],
    ['the Qatari emir', 'Qatar’s Emir Sheikh Tamim'],
    ['the IAEA in Tehran', 'full day of high-level discussions in Tehran'],
    ['espionage fears', 'cyber-espionage in European cities'],
    ['dissident protests', 'mobilize large crowds to protest'],
  ])('leaves the first seed’s claim on %s unique', (_, phrase) => {
    expect(groupOf(claimWith(0, phrase)).kind).toBe('unique');
  });

  it.each([
    ['the 7 October attack', 'Iranian-trained Hamas terrorists crossed from Gaza'],
    ['the proxy network', 'This network includes Hezbollah in Lebanon'],
  ])('leaves the second seed’s claim on %s unique', (_, phrase) => {
    expect(groupOf(claimWith(1, phrase)).kind).toBe('unique');
  });
});
