import type { Analysis, ArticleInput } from '../contract/types';

/** An article as stored: the user's input plus, for fetched pages, the HTML it came from. */
export type StoredArticleInput = ArticleInput & { html?: string };

export interface StoredComparison {
  id: string;
  title: string;
  createdAt: Date;
  analysis: Analysis;
}

export interface ComparisonSummary {
  id: string;
  title: string;
  createdAt: Date;
  outlets: string[];
  claimCount: number;
  groupCount: number;
}
