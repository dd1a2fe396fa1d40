// Writing results to stdout with backpressure, in the three output formats.
import type { Analysis } from '../lib/contract/types';
import type { OutputFormat } from './args';
import { renderMarkdown } from './markdown';

export function writeStdout(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

export function formatAnalysis(analysis: Analysis & { id?: string | number }, format: OutputFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(analysis)}\n`;
  if (format === 'md') return `${renderMarkdown(analysis)}\n`;
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
