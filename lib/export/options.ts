import type { Analysis } from '../contract/types';
import { blindAnalysis } from '../view/blind';

export interface ExportOptions {
  /** Replace outlet names with "Source A/B/C" (see lib/view/blind.ts). */
  blind?: boolean;
  /** The comparison's title, for the handout's heading. */
  title?: string;
}

export const prepare = (analysis: Analysis, options: ExportOptions) => (options.blind ? blindAnalysis(analysis) : analysis);
