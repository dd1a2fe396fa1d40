// Headlines of one event in one group; an unrelated story's headline stays apart.
import type { Claim } from '@/lib/contract/types';
import { joinHeadlines } from '@/lib/alignment/headlines';
import { analyze } from '@/lib/pipeline';

const articles = [
  { outlet: 'Times', title: 'Sestak Says White House Offered Him a Job to Quit Senate Race', text: 'Representative Joe Sestak said on Friday that the White House had used former President Bill Clinton to offer him an unpaid advisory post if he dropped out of the Pennsylvania Senate primary.' },
  { outlet: 'Post', title: 'White House: Clinton Asked Sestak to Drop Out', text: 'The White House acknowledged Friday that Bill Clinton approached Joe Sestak about leaving the race against Senator Arlen Specter.' },
  { outlet: 'Wire', title: 'Clinton Role in Sestak Job Offer Confirmed', text: 'A White House report said Bill Clinton spoke to Joe Sestak about an unpaid post on a presidential board.' },
  { outlet: 'Elsewhere', title: 'Magnitude 6.1 Earthquake Strikes Napa Valley', text: 'A strong earthquake struck the Napa Valley in northern California early Sunday, injuring dozens.' },
];

test('the three headlines on the Sestak story share a group; the earthquake headline does not join it', () => {
  const analysis = analyze(articles);
  const headline = (i: number) => analysis.articles[i].claims.find((c) => c.kind === 'headline')!;
  const groupOf = (id: string) => analysis.groups.find((g) => g.claims.includes(id))!;
  const sestak = groupOf(headline(0).id);
  expect([1, 2].map((i) => groupOf(headline(i).id).id)).toEqual([sestak.id, sestak.id]);
  expect(groupOf(headline(3).id).id).not.toBe(sestak.id);
  expect(sestak.articles).toEqual(['a1', 'a2', 'a3']);
  expect(analysis.groups.flatMap((g) => g.claims).sort()).toEqual(analysis.articles.flatMap((a) => a.claims.map((c) => c.id)).sort());
});

describe('joinHeadlines', () => {
  const claim = (id: string, articleId: string, kind: 'headline' | 'statement', text: string) => ({ id, articleId, kind, text }) as unknown as Claim;
  const claims = [
    claim('a1c0', 'a1', 'headline', articles[0].title),
    claim('a1c1', 'a1', 'statement', articles[0].text),
    claim('a2c0', 'a2', 'headline', articles[1].title),
    claim('a3c0', 'a3', 'headline', articles[2].title),
    claim('a3c1', 'a3', 'statement', articles[2].text),
    claim('a4c0', 'a4', 'headline', articles[3].title),
  ];

  test('headlines that grouping left apart are put in one group of their own; body groups keep their claims', () => {
    expect(joinHeadlines([[0], [1, 4], [2], [3], [5]], claims)).toEqual([[1, 4], [5], [0, 2, 3]]);
  });

  test('a group grouping already gave two of them keeps the third; its body claim, left alone and overlapping the headlines less than the lone-claim floor, stays', () => {
    expect(joinHeadlines([[0, 1, 2], [3, 4], [5]], claims)).toEqual([[0, 1, 2, 3], [4], [5]]);
    expect(joinHeadlines([[0, 1, 2], [3, 4], [5]], claims, undefined, 0.2)).toEqual([[0, 1, 2, 3, 4], [5]]);
  });

  test('a lone claim that restates another article\'s headline joins its group; one of another story stays alone', () => {
    const withSummary = [
      ...claims,
      claim('a5c0', 'a5', 'statement', 'Bill Clinton asked Joe Sestak to drop out of the Senate race for the White House'),
      claim('a6c0', 'a6', 'statement', 'Rescuers searched collapsed houses in Napa after the earthquake'),
    ];
    const joined = joinHeadlines([[0, 1, 2, 3, 4], [5], [6], [7]], withSummary);
    expect(joined.find((g) => g.includes(6))).toEqual([0, 1, 2, 3, 4, 6]);
    expect(joined.find((g) => g.includes(7))).not.toContain(0);
  });

  test('a lone claim from the headline\'s own article does not join it', () => {
    expect(joinHeadlines([[0], [1]], claims.slice(0, 2))).toEqual([[0], [1]]);
  });

  test('below the floor nothing moves', () => {
    expect(joinHeadlines([[0], [1, 4], [2], [3], [5]], claims, 2)).toEqual([[0], [1, 4], [2], [3], [5]]);
  });

  test('only the first headline of an article counts: thousands of headline-like lines are left to grouping', () => {
    const lines = Array.from({ length: 3000 }, (_, k) => claim(`a5c${k}`, 'a5', 'headline', 'Clinton Sestak job offer'));
    const many = [...claims, ...lines];
    const groups = [[0], [1, 4], [2], [3], [5], ...lines.map((_, k) => [claims.length + k])];
    const joined = joinHeadlines(groups, many);
    expect(joined.find((g) => g.includes(0))).toEqual([0, 2, 3, claims.length]);
    expect(joined).toHaveLength(groups.length - 3);
  });
});

