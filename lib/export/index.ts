// Pure export functions shared by the page's download route and the API (/api/comparisons/{id}/export).
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import type { Analysis } from '../contract/types';
import type { ExportOptions } from './options';
import { blindText } from '../view/blind';

export { toCsv, CSV_COLUMNS, csvField } from './csv';
export { toJson } from './json';
export { toMarkdown, escapeMarkdown } from './markdown';
export type { ExportOptions } from './options';

export type ExportFormat = 'json' | 'csv' | 'md';

export const EXPORT_FORMATS: Record<ExportFormat, { contentType: string; extension: string; render: (a: Analysis, o: ExportOptions) => string }> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', render: toJson },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', render: toCsv },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md', render: toMarkdown },
};

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_FORMATS, value);

/** A safe download name: "iran-us-talks-move-to-rome.csv" (ASCII letters, digits and dashes only). */
export function exportFilename(title: string, format: ExportFormat, blind = false): string {
  const slug = title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'comparison';
  return `${slug}${blind ? '-blind' : ''}.${EXPORT_FORMATS[format].extension}`;
}

/**
 * A whole download, for the page route and the API alike: in blind mode the title (shown in the file
 * and used for its name) has the outlet names replaced too, not only the analysis.
 */
export function exportDownload(analysis: Analysis, title: string, format: ExportFormat, blind: boolean): { body: string; contentType: string; filename: string } {
  const shownTitle = blind ? blindText(analysis, title) : title;
  return { body: EXPORT_FORMATS[format].render(analysis, { blind, title: shownTitle }), ...exportHeaders(analysis, title, format, blind) };
}

/** A download's type and file name, without rendering it (for a cached or 304 answer). */
export function exportHeaders(analysis: Analysis, title: string, format: ExportFormat, blind: boolean): { contentType: string; filename: string } {
  const shownTitle = blind ? blindText(analysis, title) : title;
  return { contentType: EXPORT_FORMATS[format].contentType, filename: exportFilename(shownTitle, format, blind) };
}
