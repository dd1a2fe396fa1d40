import { isCacheablePageRequest, isRenderRequest } from '@/lib/api/page-cache';

const cacheable = (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const url = new URL(`http://localhost${path}`);
  return isCacheablePageRequest(method, url.pathname, url.searchParams, new Headers(headers));
};

describe('which requests the page cache answers', () => {
  it('answers page loads of a comparison, with or without a query', () => {
    expect(cacheable('/comparisons/demo-iran-us-talks')).toBe(true);
    expect(cacheable('/comparisons/demo-iran-us-talks?q=Oman', { 'sec-fetch-dest': 'document', accept: 'text/html' })).toBe(true);
  });

  it("leaves the router's fetches, other pages and other methods alone", () => {
    expect(cacheable('/comparisons/x', { 'sec-fetch-dest': 'empty' })).toBe(false);
    expect(cacheable('/comparisons/x', { 'next-url': '/' })).toBe(false);
    expect(cacheable('/comparisons/x', { accept: 'text/x-component' })).toBe(false);
    expect(cacheable('/comparisons/x?_rsc=abc')).toBe(false);
    expect(cacheable('/comparisons/new')).toBe(false);
    expect(cacheable('/comparisons/x/check')).toBe(false);
    expect(cacheable('/')).toBe(false);
    expect(cacheable('/comparisons/x', {}, 'POST')).toBe(false);
  });

  it('takes no render request on trust', () => {
    expect(isRenderRequest(new Headers({ 'x-parallax-render': 'guess' }))).toBe(false);
    expect(isRenderRequest(new Headers())).toBe(false);
  });
});
