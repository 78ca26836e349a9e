// --format csv: one row per index fact, RFC 4180 (CRLF line ends, fields with commas, quotes
// or line breaks quoted, quotes doubled). Cells that a spreadsheet would run as a formula
// (=, +, -, @ first) are prefixed with an apostrophe when they are text.
import type { DocumentDigest, MergedIndex } from '../digest/schema.js';

export const CSV_HEADER = ['source', 'index', 'region', 'level', 'change_percent', 'change_points', 'direction', 'record', 'futures'];

export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  // "-" alone is stdin's name, not a formula.
  let s = /^[=+\-@\t\r]/.test(v) && v !== '-' ? `'${v}` : v;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

const row = (cells: (string | number | boolean | null)[]): string => `${cells.map(csvField).join(',')}\r\n`;

export function csvHeader(merged = false): string {
  return row(merged ? [...CSV_HEADER.slice(1), 'sources', 'conflicts'] : CSV_HEADER);
}

export function csvRows(doc: DocumentDigest): string {
  return doc.indices
    .map((i) => row([doc.source, i.name, i.region, i.level, i.changePercent, i.changePoints, i.direction, i.record, i.futures]))
    .join('');
}

export function csvMergedRows(indices: readonly MergedIndex[]): string {
  return indices
    .map((i) =>
      row([
        i.name, i.region, i.level, i.changePercent, i.changePoints, i.direction, i.record, i.futures,
        i.sources.join(';'),
        i.conflicts.map((c) => `${c.field}: ${c.values.map((v) => `${v.value} (${v.source})`).join(' vs ')}`).join('; '),
      ]),
    )
    .join('');
}
