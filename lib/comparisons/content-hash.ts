import { createHash } from 'node:crypto';
import type { ArticleInput } from '../contract/types';

/** Identity of a submitted article: the same input is stored once and shared by comparisons. */
export function contentHash(input: ArticleInput): string {
  const identity = [input.outlet ?? '', input.title ?? '', input.text, input.url ?? '', input.publishedAt ?? '', input.byline ?? ''];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}
