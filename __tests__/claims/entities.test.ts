import { analyseText, claimContaining } from './helpers';

const entitiesOf = (text: string) => analyseText(text).claims.flatMap((c) => c.entities);
const pick = (text: string) => entitiesOf(text).map((e) => ({ text: e.text, kind: e.kind, canonical: e.canonical, ...(e.detail ? { detail: e.detail } : {}), ...(e.entry ? { entry: e.entry } : {}) }));

describe('entities: actors, places, people, dates and numbers', () => {
  test('capitals stand for their government as actors, and stay places after a place preposition', () => {
    expect(pick('Tehran and Moscow enjoy good relations, officials met in Moscow, and talks with Washington resumed.')).toEqual([
      { text: 'Tehran', kind: 'actor', canonical: 'Iran', detail: 'Tehran', entry: 'tehran' },
      { text: 'Moscow', kind: 'actor', canonical: 'Russia', detail: 'Moscow', entry: 'moscow' },
      { text: 'Moscow', kind: 'place', canonical: 'Moscow', detail: 'Russia', entry: 'moscow' },
      { text: 'Washington', kind: 'actor', canonical: 'United States', detail: 'Washington', entry: 'washington' },
    ]);
  });

  test('demonyms and abbreviations normalise; "US" only in capitals', () => {
    const got = entitiesOf('Iranian and American diplomats met U.S. and US officials; let us see.').map((e) => [e.text, e.canonical]);
    expect(got).toEqual([
      ['Iranian', 'Iran'],
      ['American', 'United States'],
      ['U.S.', 'United States'],
      ['US', 'United States'],
    ]);
  });

  test('people: title split from name, surname mentions resolved', () => {
    const article = analyseText("Iran's Deputy Foreign Minister Kazem Gharibabadi spoke. Later Gharibabadi left.");
    const people = article.claims.flatMap((c) => c.entities).filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.text, e.canonical, e.detail])).toEqual([
      ['Kazem Gharibabadi', 'Kazem Gharibabadi', "Iran's Deputy Foreign Minister"],
      ['Gharibabadi', 'Kazem Gharibabadi', "Iran's Deputy Foreign Minister"],
    ]);
  });

  test('dates, absolute and relative, with a comparable detail', () => {
    const dates = entitiesOf('The attack on October 7, 2023 was discussed on Thursday, this Friday and in October.').filter((e) => e.kind === 'date');
    expect(dates.map((e) => [e.text, e.detail])).toEqual([
      ['October 7, 2023', '2023-10-07'],
      ['Thursday', 'weekday:thursday'],
      ['this Friday', 'weekday:friday'],
      ['October', 'month:october'],
    ]);
  });

  test('numbers with their value and the noun they count', () => {
    const numbers = entitiesOf('Over 1,200 Israeli civilians died; five American detainees, $6 billion in funds and a fifth round followed.').filter((e) =>
      ['number', 'money', 'percent'].includes(e.kind),
    );
    expect(numbers.map((e) => [e.text, e.kind, e.canonical, e.detail])).toEqual([
      ['1,200', 'number', '1200', 'civilian'],
      ['five', 'number', '5', 'detainee'],
      ['$6 billion', 'money', 'USD 6000000000', 'fund'],
      ['fifth', 'number', '5', 'round'],
    ]);
  });

  test('organisations from the alias table and from proper-noun chunks', () => {
    const article = analyseText('The International Atomic Energy Agency (IAEA) and the Wall Street Journal reported it.');
    const orgs = claimContaining(article, 'reported').entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((e) => e.canonical)).toEqual(['International Atomic Energy Agency', 'Wall Street Journal']);
  });
});
