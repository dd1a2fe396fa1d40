import { LruCache } from '@/lib/cache/lru';
import { matchesEtag } from '@/lib/api/cached-read';

describe('LruCache', () => {
  it('keeps at most its capacity, evicting the least recently read', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('forgets matching keys', () => {
    const cache = new LruCache<string, number>(4);
    cache.set('x\u00001', 1);
    cache.set('x\u00002', 2);
    cache.set('y\u00001', 3);
    cache.deleteWhere((k) => k.startsWith('x\u0000'));
    expect(cache.size).toBe(1);
    expect(cache.get('y\u00001')).toBe(3);
  });
});

describe('matchesEtag', () => {
  it('matches lists, weak forms and *, not other tags', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
  });
});
