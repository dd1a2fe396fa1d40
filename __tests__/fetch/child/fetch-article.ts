// Test fixture: resolve a URL article with "news.test" standing for a public host on 127.0.0.2.
import { checkAddress } from '../../../lib/fetch';
import { resolveArticle } from '../../../lib/api/resolve-articles';
import type { ApiArticle } from '../../../lib/api/api-article-schema';

export function fetchArticle(article: ApiArticle) {
  return resolveArticle(article, {
    allowAddress: (address) => address === '127.0.0.2' || checkAddress(address).allowed,
    lookup: async (hostname) => (hostname === 'news.test' ? [{ address: '127.0.0.2', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
  });
}
