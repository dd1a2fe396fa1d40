import type { Analysis } from '@/lib/contract/types';
import type { ViewState } from '@/lib/view/view-state';

/** What every part of the comparison view needs: the (possibly blinded) analysis, labels, URL state. */
export interface ViewContext {
  analysis: Analysis;
  labels: Record<string, string>;
  state: ViewState;
  /** The comparison page's path, for links that change the view. */
  base: string;
}
