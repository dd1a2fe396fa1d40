export { createComparison } from './create-comparison';
export { createComparisonSchema, articleInputSchema, MAX_ARTICLES, MAX_ARTICLE_CHARS } from './create-comparison.schema';
export type { CreateComparisonOptions } from './create-comparison.schema';
export { getComparisonById, comparisonVersionTag, forgetComparison } from './get-comparison-by-id';
export { listComparisons } from './list-comparisons';
export { deleteComparison } from './delete-comparison';
export type { StoredComparison, ComparisonSummary, StoredArticleInput } from './types';
