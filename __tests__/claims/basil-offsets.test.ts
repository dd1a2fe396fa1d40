// Offsets hold on real outlets' copy: every BASIL development article, when ../shared/devdata is present.
import { analyseText, basilArticles, offsetProblems } from './helpers';

const articles = basilArticles();
const maybe = articles.length > 0 ? test : test.skip;

maybe(`offsets of every claim and entity hold on the ${articles.length} BASIL dev articles`, () => {
  const problems: string[] = [];
  for (const a of articles) {
    const article = analyseText(a.text, { title: a.title });
    expect(article.claims.length).toBeGreaterThan(0);
    problems.push(...offsetProblems(article).map((p) => `${a.name} ${p}`));
  }
  expect(problems).toEqual([]);
});
