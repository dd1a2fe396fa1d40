// CSV (RFC 4180): a header row naming the columns (id, outlet, title, text, html, url, publishedAt, in any
// order, case-insensitive), fields quoted with "..." when they hold commas, quotes ("" inside) or line
// breaks. A row with the wrong number of fields, or without outlet or text, is one error line.
import { toRecord, type ReadResult } from './record';

const COLUMNS = ['id', 'outlet', 'title', 'text', 'html', 'url', 'publishedAt'];

/** Rows of fields, each with the line it starts on; an unclosed quote is reported on its row. */
export function splitCsv(content: string): { line: number; fields: string[]; error?: string }[] {
  const rows: { line: number; fields: string[]; error?: string }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (; i < content.length; i++) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"') {
        if (content[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) {
    rows.push({ line: rowLine, fields: [], error: 'a quoted field is never closed' });
    return rows;
  }
  if (field !== '' || fields.length) endRow();
  return rows;
}

export function parseCsv(content: string, file: string): ReadResult[] {
  const rows = splitCsv(content);
  if (!rows.length) return [];
  const [head, ...body] = rows;
  const names = head.fields.map((h) => COLUMNS.find((c) => c.toLowerCase() === h.trim().toLowerCase()) ?? null);
  if (!names.includes('outlet') || !(names.includes('text') || names.includes('html')))
    return [{ where: `${file}:${head.line}`, error: `the header row must name an "outlet" column and a "text" or "html" column (found: ${head.fields.join(', ')})` }];
  return body.map((row) => {
    const where = `${file}:${row.line}`;
    if (row.error) return { where, error: row.error };
    if (row.fields.length !== head.fields.length) return { where, error: `${row.fields.length} fields where the header has ${head.fields.length}` };
    const raw: Record<string, string> = {};
    names.forEach((name, i) => {
      if (name) raw[name] = row.fields[i];
    });
    if (raw.id === '') delete raw.id;
    return toRecord(raw, where, where);
  });
}
