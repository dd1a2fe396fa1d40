// CSV export: one row per claim, RFC 4180 quoting, CRLF line ends (what spreadsheets expect).
import type { Analysis, Claim } from '../contract/types';
import { indexClaims } from '../view/claim-index';
import { prepare, type ExportOptions } from './options';

export const CSV_COLUMNS = [
  'source', 'article_id', 'claim_id', 'position', 'group_id', 'group_kind', 'group_summary', 'claim_kind', 'text',
  'speaker_name', 'speaker_role', 'speaker_verb', 'quotation', 'vague_source', 'tone_label', 'tone_score', 'tone_words',
  'bias_score', 'bias_loaded', 'bias_words', 'frames', 'annotations', 'adds', 'start', 'end',
] as const;

/**
 * Strings are always quoted (a spreadsheet that splits on ";" reads an unquoted `a;=cmd()` as a formula
 * in the second cell), and one starting like a formula gets a leading apostrophe (CSV injection).
 * Numbers and booleans stay bare, so they stay numbers.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

const annotationsText = (claim: Claim) =>
  claim.annotations.map((a) => `${a.kind}: "${a.text}" (${a.voice})${a.alternative ? ` → ${a.alternative}` : ''}`).join('; ');

export function toCsv(analysis: Analysis, options: ExportOptions = {}): string {
  const view = prepare(analysis, options);
  const index = indexClaims(view);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const article of view.articles) {
    for (const claim of article.claims) {
      const group = index.groupOf.get(claim.id);
      const member = index.memberOf.get(claim.id);
      const record: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
        source: article.outlet,
        article_id: article.id,
        claim_id: claim.id,
        position: claim.index,
        group_id: group?.id ?? null,
        group_kind: group?.kind ?? null,
        group_summary: group?.summary ?? null,
        claim_kind: claim.kind,
        text: claim.text,
        speaker_name: claim.speaker?.name ?? null,
        speaker_role: claim.speaker?.role ?? null,
        speaker_verb: claim.speaker?.verb ?? null,
        quotation: claim.speaker?.quote ?? null,
        vague_source: claim.speaker ? claim.speaker.vague : null,
        tone_label: claim.sentiment.label,
        tone_score: claim.sentiment.score,
        tone_words: claim.sentiment.words.map((w) => `${w.word} ${w.score}`).join('; '),
        bias_score: claim.bias ? claim.bias.score : null,
        bias_loaded: claim.bias ? claim.bias.loaded : null,
        bias_words: claim.bias ? claim.bias.words.map((w) => `${w.text} ${w.feature} ${w.weight}`).join('; ') : null,
        frames: claim.frames.map((f) => f.id).join('; '),
        annotations: annotationsText(claim),
        adds: (member?.adds ?? []).join('; '),
        start: claim.start,
        end: claim.end,
      };
      rows.push(CSV_COLUMNS.map((c) => csvField(record[c])).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
