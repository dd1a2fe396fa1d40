// Markdown output comes from the app's exporter (lib/export `toMarkdown`), so the CLI and the web
// export print the same report. Loaded on first use: JSON output must not depend on the exporter.
import { join } from 'node:path';
import type { Analysis } from '../lib/contract/types';
import { CliError } from './cli-error';

type ToMarkdown = (analysis: Analysis, options?: Record<string, unknown>) => string;

let toMarkdown: ToMarkdown | null = null;

function loadExporter(): ToMarkdown {
  if (toMarkdown) return toMarkdown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exporter = require(join(__dirname, '..', 'lib', 'export')) as { toMarkdown?: ToMarkdown };
    if (typeof exporter.toMarkdown !== 'function') throw new Error('lib/export has no toMarkdown');
    toMarkdown = exporter.toMarkdown;
    return toMarkdown;
  } catch (error) {
    throw new CliError(`--format md is not available: ${(error as Error).message}`, 1);
  }
}

export function renderMarkdown(analysis: Analysis): string {
  return loadExporter()(analysis);
}
