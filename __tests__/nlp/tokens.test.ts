import { readTokenTable, withTokenTables } from '@/lib/nlp/tokens';
import { firstTokenFrom } from '@/lib/nlp/token-search';

const text = 'Iran and the United States will meet in Rome on Friday. Oman will mediate.';

describe('token tables', () => {
  it('reads a text afresh outside a scope, so a stage called alone still works', () => {
    expect(readTokenTable(text)).not.toBe(readTokenTable(text));
    expect(readTokenTable(text).column('value').slice(0, 3)).toEqual(['Iran', 'and', 'the']);
  });

  it('shares one read of the same text inside a scope, and forgets it afterwards', () => {
    const [first, second, other] = withTokenTables(() => [readTokenTable(text), readTokenTable(text), readTokenTable('Another text.')]);
    expect(first).toBe(second);
    expect(other).not.toBe(first);
    expect(withTokenTables(() => readTokenTable(text))).not.toBe(first);
  });

  it('gives sentences and entities as token ranges', () => {
    const table = readTokenTable(text);
    expect(table.sentences()).toHaveLength(2);
    const values = table.column('value');
    const friday = table.entities().find((e) => e.type === 'DATE');
    expect(friday && values.slice(friday.first, friday.last + 1).join(' ')).toBe('Friday');
  });
});

describe('firstTokenFrom', () => {
  const tokens = [{ start: 0 }, { start: 5 }, { start: 9 }];
  it('finds the first token starting at or after an offset', () => {
    expect([0, 1, 5, 6, 9, 10].map((offset) => firstTokenFrom(tokens, offset))).toEqual([0, 1, 1, 2, 2, 3]);
  });
});
