// JSON export: the analysis itself (blinded when asked), pretty-printed, newline-terminated.
import type { Analysis } from '../contract/types';
import { prepare, type ExportOptions } from './options';

export function toJson(analysis: Analysis, options: ExportOptions = {}): string {
  return `${JSON.stringify(prepare(analysis, options), null, 2)}\n`;
}
