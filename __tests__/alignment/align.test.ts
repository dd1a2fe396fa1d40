import { align } from '@/lib/alignment';
import { sameName } from '@/lib/alignment/names';
import { candidatePairs } from '@/lib/alignment/candidates';
import { claimFeatures } from '@/lib/alignment/claim-features';
import { termWeights } from '@/lib/alignment/weights';
import { termVectors } from '@/lib/alignment/vectors';
import { article, groupOf } from './fixtures';

const talksA = article('a1', 'Wire', [
  'Iran and the United States will hold talks in Rome on Friday.',
  'The weather in Paris was mild and sunny for the marathon runners.',
]);
const talksB = article('a2', 'Daily', [
  'The United States and Iran will hold negotiations in Rome on Friday.',
  'A new library opened downtown with thousands of donated books.',
]);

describe('align: groups and links', () => {
  const result = align([talksA, talksB]);

  it('puts every claim in exactly one group', () => {
    const all = [...talksA.claims, ...talksB.claims].map((c) => c.id).sort();
    expect(result.groups.flatMap((g) => g.claims).sort()).toEqual(all);
  });

  it('groups the same happening across sources and leaves the rest unique', () => {
    const g = groupOf(result.groups, 'a1c1');
    expect(g.claims).toEqual(['a1c1', 'a2c1']);
    expect(g.kind).toBe('shared');
    expect(g.articles).toEqual(['a1', 'a2']);
    expect(groupOf(result.groups, 'a1c2').kind).toBe('unique');
    expect(groupOf(result.groups, 'a2c2').claims).toEqual(['a2c2']);
  });

  it('scores links in 0..1 across articles and explains them with near-synonyms', () => {
    const link = result.links.find((l) => l.a === 'a1c1' && l.b === 'a2c1')!;
    expect(link.score).toBeGreaterThan(0.55);
    expect(link.score).toBeLessThanOrEqual(1);
    expect(link.features.join(' ')).toMatch(/talks\/negotiations/);
    for (const l of result.links) expect(l.a.slice(0, 2)).not.toBe(l.b.slice(0, 2));
  });

  it('names the features that made a link: the happening through WordNet, the day', () => {
    const quakeA = article('a1', 'Wire', ['A powerful earthquake hit Padang on Friday, officials said.', 'Schools stayed closed.']);
    const quakeB = article('a2', 'Daily', ['A strong quake struck Padang on Friday.', 'Markets rose in Tokyo.']);
    const r = align([quakeA, quakeB]);
    const link = r.links.find((l) => l.a === 'a1c1' && l.b === 'a2c1')!;
    const text = link.features.join('; ');
    expect(text).toMatch(/same happening: (hit ≈ struck|earthquake ≈ quake)/);
    expect(text).toMatch(/same day Friday/);
    expect(groupOf(r.groups, 'a1c1').claims).toEqual(['a1c1', 'a2c1']);
  });

  it('is symmetric and deterministic', () => {
    const swapped = align([talksB, talksA]);
    const score = (r: typeof result) => r.links.find((l) => [l.a, l.b].sort().join() === 'a1c1,a2c1')!.score;
    expect(score(swapped)).toBe(score(result));
    expect(JSON.stringify(align([talksA, talksB]))).toBe(JSON.stringify(result));
  });

  it('orders groups by where the happening appears in the sources', () => {
    expect(result.groups[0].claims).toContain('a1c1');
  });

  it('labels a shared group with the words its sources share', () => {
    expect(groupOf(result.groups, 'a1c1').summary).toMatch(/Rome/);
  });
});

describe('align: attribution frames', () => {
  it('does not make two claims alike only because the same person said them', () => {
    const a = article('a1', 'A', [{ text: 'Officials said on Monday that the bridge would reopen after repairs.', speaker: { name: null, role: 'officials', content: 'the bridge would reopen after repairs' } }]);
    const b = article('a2', 'B', [{ text: 'Officials said on Monday that the mayor had resigned over a scandal.', speaker: { name: null, role: 'officials', content: 'the mayor had resigned over a scandal' } }]);
    const r = align([a, b]);
    expect(groupOf(r.groups, 'a1c1').kind).toBe('unique');
  });
});

describe('align: discrepancies inside a group', () => {
  it('flags different numbers for the same counted thing and marks the group as a conflict', () => {
    const a = article('a1', 'A', ['The earthquake in the mountain province killed 12 people on Sunday, officials in the capital reported.']);
    const b = article('a2', 'B', ['The earthquake in the mountain province killed 15 people on Sunday, officials in the capital reported.']);
    const g = align([a, b]).groups[0];
    expect(g.kind).toBe('conflict');
    expect(g.discrepancies).toEqual([
      { kind: 'number', values: [{ claim: 'a1c1', value: '12 people' }, { claim: 'a2c1', value: '15 people' }], note: 'different numbers for the same thing: 12 people vs 15 people' },
    ]);
  });

  it('flags different days for the same happening', () => {
    const a = article('a1', 'A', ['The foreign ministers of both countries will meet in Geneva on Friday to sign the trade agreement.']);
    const b = article('a2', 'B', ['The foreign ministers of both countries will meet in Geneva on Thursday to sign the trade agreement.']);
    const g = align([a, b]).groups[0];
    expect(g.discrepancies.map((d) => [d.kind, d.values.map((v) => v.value)])).toEqual([['date', ['Friday', 'Thursday']]]);
  });

  it('does not read a less precise date as a different one', () => {
    const a = article('a1', 'A', ['The senator spoke to veterans at the Norwalk town hall on March 2 about the war.']);
    const b = article('a2', 'B', ['The senator spoke to veterans at the Norwalk town hall in March about the war.']);
    const g = align([a, b]).groups[0];
    expect(g.claims).toEqual(['a1c1', 'a2c1']);
    expect(g.discrepancies).toEqual([]);
  });

  it('flags opposite outcomes', () => {
    const a = article('a1', 'A', ['The union agreed to the new wage offer from the railway company after a long meeting.']);
    const b = article('a2', 'B', ['The union refused the new wage offer from the railway company after a long meeting.']);
    const g = align([a, b]).groups[0];
    expect(g.claims).toEqual(['a1c1', 'a2c1']);
    expect(g.discrepancies.map((d) => d.kind)).toEqual(['polarity']);
    expect(g.discrepancies[0].note).toBe('opposite outcome: "agreed" vs "refused"');
  });

  it('flags a negated statement against the same statement affirmed', () => {
    const a = article('a1', 'A', ['The health minister signed the hospital funding agreement in the capital on Tuesday.']);
    const b = article('a2', 'B', ['The health minister did not sign the hospital funding agreement in the capital on Tuesday.']);
    const g = align([a, b]).groups[0];
    expect(g.discrepancies).toEqual([
      { kind: 'polarity', values: [{ claim: 'a1c1', value: 'signed' }, { claim: 'a2c1', value: 'not … sign' }], note: 'one claim negates what the other affirms: "not … sign" vs "signed"' },
    ]);
  });

  it('does not read a negation of some other word as opposite polarity', () => {
    const a = article('a1', 'A', ['The health minister, not seen in public for weeks, signed the hospital funding agreement on Tuesday.']);
    const b = article('a2', 'B', ['The health minister signed the hospital funding agreement on Tuesday.']);
    const g = align([a, b]).groups[0];
    expect(g.claims).toEqual(['a1c1', 'a2c1']);
    expect(g.discrepancies).toEqual([]);
  });

  it('does not read "no evidence of racism" as affirming racism against "no racism"', () => {
    const a = article('a1', 'A', ['Tea Party leaders in St. Louis say there is no racism within the movement.']);
    const b = article('a2', 'B', ['Tea Party leaders in St. Louis say there is no evidence of racism within the movement.']);
    const g = align([a, b]).groups[0];
    expect(g.claims).toEqual(['a1c1', 'a2c1']);
    expect(g.discrepancies).toEqual([]);
  });

  it('lists details only one member states as what it adds, not as conflicts', () => {
    const a = article('a1', 'A', ['Iran and the United States will hold a fifth round of indirect talks in Rome on Friday.']);
    const b = article('a2', 'B', ['Iran and the United States will hold talks in Rome on Friday.']);
    const g = align([a, b]).groups[0];
    expect(g.kind).toBe('shared');
    const adds = g.members.find((m) => m.claim === 'a1c1')!.adds;
    expect(adds).toEqual(expect.arrayContaining(['fifth round', 'indirect']));
    expect(g.members.find((m) => m.claim === 'a2c1')!.adds).toEqual([]);
  });
});

describe('align: discrepancies across the comparison', () => {
  it('finds the same role held by different people in different sources, with their claims', () => {
    const a = article('a1', 'A', [
      { text: 'Foreign Ministry spokesperson Esmaeil Baghaei said the minister traveled to Moscow.', speaker: { name: 'Esmaeil Baghaei', role: 'Foreign Ministry spokesperson', content: 'the minister traveled to Moscow' } },
    ]);
    const b = article('a2', 'B', [
      { text: 'Iranian Foreign Ministry spokesman Esmaeil Khatib confirmed the talks in Rome.', speaker: { name: 'Esmaeil Khatib', role: 'Iranian Foreign Ministry spokesman', content: 'the talks in Rome' } },
    ]);
    expect(align([a, b]).discrepancies).toEqual([
      {
        kind: 'role-holder',
        subject: 'Iranian Foreign Ministry spokesman',
        values: [
          { article: 'a1', value: 'Esmaeil Baghaei', claims: ['a1c1'] },
          { article: 'a2', value: 'Esmaeil Khatib', claims: ['a2c1'] },
        ],
        note: 'sources name different people as Iranian Foreign Ministry spokesman: Esmaeil Baghaei vs Esmaeil Khatib',
      },
    ]);
  });

  it('reads titled names in the text when the speaker slot is empty', () => {
    const a = article('a1', 'A', ['Defense Minister Israel Katz visited the northern border.']);
    const b = article('a2', 'B', ['Defense Minister Yoav Gallant spoke to reporters in Tel Aviv.']);
    const [d] = align([a, b]).discrepancies;
    expect(d.kind).toBe('role-holder');
    expect(d.values.map((v) => v.value)).toEqual(['Israel Katz', 'Yoav Gallant']);
  });

  it('does not confuse a former holder with the current one, or one person written two ways', () => {
    const a = article('a1', 'A', ['Former Defense Minister Yoav Gallant criticised the plan.', 'Defense Minister Israel Katz defended it.']);
    const b = article('a2', 'B', ['Defense Minister Israel Katz said the plan was sound.']);
    expect(align([a, b]).discrepancies).toEqual([]);
  });

  it('finds the same person given different roles', () => {
    const a = article('a1', 'A', ['Deputy Foreign Minister Kazem Gharibabadi met the envoy.']);
    const b = article('a2', 'B', ['Foreign Ministry spokesman Kazem Gharibabadi met the envoy.']);
    const [d] = align([a, b]).discrepancies;
    expect(d.kind).toBe('actor-role');
    expect(d.subject).toBe('Kazem Gharibabadi');
    expect(d.values.map((v) => v.value)).toEqual(['Deputy Foreign Minister', 'Foreign Ministry spokesman']);
  });
});

describe('sameName', () => {
  it('matches a surname, a title or a nickname with the full name and keeps different people apart', () => {
    expect(sameName('Esmaeil Baghaei', 'Baghaei')).toBe(true);
    expect(sameName('Mr. Baghaei', 'Esmaeil Baghaei')).toBe(true);
    expect(sameName('Ben Jealous', 'Benjamin Todd Jealous')).toBe(true);
    expect(sameName('Esmaeil Baghaei', 'Esmaeil Khatib')).toBe(false);
  });
});

describe('align: speaker roles that name no office', () => {
  it('ignores a speaker role that is not a title', () => {
    const a = article('a1', 'A', [{ text: 'Joe Biden, aware of this, said the plan would pass.', speaker: { name: 'Joe Biden', role: 'aware of this', content: 'the plan would pass' } }]);
    const b = article('a2', 'B', [{ text: 'Vice President Joe Biden said the plan would pass.', speaker: { name: 'Joe Biden', role: 'Vice President', content: 'the plan would pass' } }]);
    expect(align([a, b]).discrepancies).toEqual([]);
  });
});

describe('align: edge cases', () => {
  it('returns nothing for no articles', () => {
    expect(align([])).toEqual({ groups: [], links: [], discrepancies: [] });
  });

  it('makes every claim of a single article a unique group, and copes with claims that have no words', () => {
    const a = article('a1', 'A', ['Only one source says this.', '…', '12']);
    const r = align([a]);
    expect(r.groups.map((g) => [g.kind, g.claims])).toEqual([['unique', ['a1c1']], ['unique', ['a1c2']], ['unique', ['a1c3']]]);
    expect(r.links).toEqual([]);
  });
});

describe('align: links and candidates', () => {
  it('keeps near-misses below the grouping threshold as links', () => {
    const a = article('a1', 'A', ['Flooding closed the coastal highway near Porto on Tuesday morning.', 'The city council approved a new budget.']);
    const b = article('a2', 'B', ['Rescue teams evacuated villages near Porto after the storm.', 'A museum reopened after renovation.']);
    const r = align([a, b]);
    const link = r.links.find((l) => l.a === 'a1c1' && l.b === 'a2c1')!;
    expect(link.score).toBeGreaterThan(0);
    expect(link.score).toBeLessThan(0.5);
    expect(groupOf(r.groups, 'a1c1').kind).toBe('unique');
  });

  it('scores only claims that share a word, not all pairs', () => {
    const a = article('a1', 'A', ['Volcano erupts near village.', 'Parliament passes budget.']);
    const b = article('a2', 'B', ['Budget approved by parliament.', 'Orchestra tours abroad.']);
    const features = [...a.claims, ...b.claims].map((c) => claimFeatures(c, 2));
    const { vectors } = termVectors(features, termWeights(features));
    expect(candidatePairs(features, vectors)).toEqual([[], [2], [1], []]);
  });
});

describe('align: role holders', () => {
  it('does not flag two holders named in one source only', () => {
    const a = article('a1', 'A', ['Defense Minister Israel Katz met Defense Minister Yoav Gallant at the border.']);
    const b = article('a2', 'B', ['The weather was fine.']);
    expect(align([a, b]).discrepancies).toEqual([]);
  });
});
