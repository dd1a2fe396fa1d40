import type { Analysis, ArticleInput } from '../contract/types';
import type { AnalysisStatus, PendingStatus } from './analysis-status';

/** An article as stored: the user's input plus, for fetched pages, the HTML it came from. */
export type StoredArticleInput = ArticleInput & { html?: string };

export interface StoredComparison {
  id: string;
  title: string;
  createdAt: Date;
  status: 'done';
  analysis: Analysis;
}

/** A comparison whose analysis is not there yet (or failed): what the API and the page show meanwhile. */
export interface PendingComparison {
  id: string;
  title: string;
  createdAt: Date;
  status: PendingStatus;
  /** Why the last attempt failed (status failed, or queued for a retry). */
  reason: string | null;
  /** Attempts so far. */
  attempts: number;
  analysis: null;
}

export type ComparisonRead = StoredComparison | PendingComparison;

export interface ComparisonSummary {
  id: string;
  title: string;
  createdAt: Date;
  outlets: string[];
  claimCount: number;
  groupCount: number;
  status: AnalysisStatus;
}
