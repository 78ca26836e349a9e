// --merge end to end: two original articles that agree on some figures (the DAX move, the CAC 40
// close) and disagree on one (the DAX close). Agreed figures are kept; the disagreement is
// left empty and listed with both values and their sources, in every format.
import { afterAll, describe, expect, it } from 'vitest';
import { DigestSchema, DocumentDigestSchema, MergedIndexSchema } from '../../src/digest/schema.js';
import { ANSI, ARTICLES, csvRecords, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { run } from './run.js';

const dir = tempDir('merge');
afterAll(removeTempDirs);
const a = writeArticle(dir, 'a-frankfurt.txt', ARTICLES.frankfurt); // DAX 18,250.40 +1.2%, CAC 40 7,810.2 -0.5%
const b = writeArticle(dir, 'b-wrap.txt', ARTICLES.wrap); // DAX 18,255.90 +1.2%, CAC 40 7,810.20 -0.5%, FTSE 100 8,120.5 -0.3%

function ok(args: string[]): string {
  const r = run(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('--merge', () => {
  it('json: a disputed closing level is null with both values and sources in conflicts; agreed values are kept', () => {
    const digest = DigestSchema.parse(JSON.parse(ok(['--format', 'json', '--merge', a, b])));
    expect(digest.schemaVersion).toBe(1);
    expect(digest.documents.map((d) => d.source)).toEqual([a, b]);
    const merged = digest.merged?.indices ?? [];
    expect(merged.map((i) => i.name)).toEqual(['DAX', 'CAC 40', 'FTSE 100']);
    const [dax, cac, ftse] = merged;
    expect(dax).toMatchObject({ name: 'DAX', level: null, changePercent: 1.2, direction: 'up', sources: [a, b] });
    expect(dax!.conflicts).toEqual([
      {
        field: 'level',
        values: [
          { value: 18250.4, source: a },
          { value: 18255.9, source: b },
        ],
      },
    ]);
    // 7,810.2 and 7,810.20 are the same close: kept, no conflict.
    expect(cac).toMatchObject({ name: 'CAC 40', level: 7810.2, changePercent: -0.5, direction: 'down', sources: [a, b], conflicts: [] });
    expect(ftse).toMatchObject({ name: 'FTSE 100', level: 8120.5, changePercent: -0.3, sources: [b], conflicts: [] });
  });

  it('json: opposite moves leave the percent and the direction empty, each listed as a conflict', () => {
    const up = writeArticle(dir, 'up.txt', 'Bulls in Frankfurt\nThe DAX rose 0.4% on Wednesday.\n');
    const down = writeArticle(dir, 'down.txt', 'Bears in Frankfurt\nThe DAX fell 0.4% on Wednesday.\n');
    const merged = DigestSchema.parse(JSON.parse(ok(['--format', 'json', '--merge', up, down]))).merged!.indices;
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ name: 'DAX', changePercent: null, direction: null, sources: [up, down] });
    expect(merged[0]!.conflicts).toEqual([
      { field: 'changePercent', values: [{ value: 0.4, source: up }, { value: -0.4, source: down }] },
      { field: 'direction', values: [{ value: 'up', source: up }, { value: 'down', source: down }] },
    ]);
  });

  it('json without --merge has no merged object', () => {
    const raw = JSON.parse(ok(['--format', 'json', a, b]));
    expect(raw).not.toHaveProperty('merged');
    expect(raw.documents).toHaveLength(2);
  });

  it('text: the summary alone, the conflict flagged with ⚠ naming both values and both sources', () => {
    const out = ok(['--merge', a, b]);
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Market summary (3 indices)');
    // No per-document digests.
    expect(out).not.toContain('Frankfurt Close');
    expect(out).not.toContain('European Wrap');
    const dax = lines.find((l) => l.startsWith(' ▲ DAX'));
    expect(dax).toBeDefined();
    expect(dax).toContain('⚠');
    expect(dax).toContain('2 sources');
    expect(dax).toMatch(/level: 18250\.4 \(([^)]+)\) vs 18255\.9 \(([^)]+)\)/);
    expect(dax).toContain(`(${a})`);
    expect(dax).toContain(`(${b})`);
    // The disputed level is not shown as if it were known.
    expect(dax).not.toMatch(/18,25\d/);
    const cac = lines.find((l) => l.startsWith(' ▼ CAC 40'));
    expect(cac).toMatch(/^ ▼ CAC 40\s+7,810\.2\s+-0\.5%\s+2 sources$/);
    expect(lines.filter((l) => l.includes('⚠'))).toHaveLength(1);
  });

  it('text without --merge still flags the conflict in the summary after the documents', () => {
    const out = ok([a, b]);
    const [docs, summary] = out.split('\nMarket summary (3 indices)\n');
    expect(docs).toContain('Frankfurt Close');
    expect(docs).toContain('European Wrap');
    expect(summary).toMatch(new RegExp(`^ ▲ DAX .*⚠ level: 18250\\.4 \\(${a}\\) vs 18255\\.9 \\(${b}\\)$`, 'm'));
  });

  it('csv: one row per index with sources and conflicts columns', () => {
    const out = ok(['--format', 'csv', '--merge', a, b]);
    const { header, records } = csvRecords(out);
    expect(header).toEqual(['index', 'region', 'level', 'change_percent', 'change_points', 'direction', 'record', 'futures', 'sources', 'conflicts']);
    expect(records.map((r) => r.index)).toEqual(['DAX', 'CAC 40', 'FTSE 100']);
    const [dax, cac, ftse] = records;
    expect(dax).toMatchObject({ level: '', change_percent: '1.2', direction: 'up', sources: `${a};${b}` });
    expect(dax!.conflicts).toBe(`level: 18250.4 (${a}) vs 18255.9 (${b})`);
    expect(cac).toMatchObject({ level: '7810.2', change_percent: '-0.5', sources: `${a};${b}`, conflicts: '' });
    expect(ftse).toMatchObject({ level: '8120.5', sources: b, conflicts: '' });
  });

  it('ndjson: the documents, then one last line {"merged": ...}', () => {
    const lines = ok(['--format', 'ndjson', '--merge', a, b]).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((l) => DocumentDigestSchema.parse(JSON.parse(l)).source)).toEqual([a, b]);
    const last = JSON.parse(lines[2]!);
    expect(Object.keys(last)).toEqual(['merged']);
    const merged = last.merged.indices.map((i: unknown) => MergedIndexSchema.parse(i));
    expect(merged[0]).toMatchObject({ name: 'DAX', level: null, conflicts: [{ field: 'level' }] });
  });

  it('markdown: the disputed level is empty in the table and the conflict is shown', () => {
    const out = ok(['--format', 'markdown', '--merge', '--date', '2026-03-17', a, b]);
    const row = out.split('\n').find((l) => l.startsWith('| DAX |'));
    expect(row).toBe(`| DAX | Germany |  | +1.2% |  | ▲ up ⚠ level: 18250.4 (${a}) vs 18255.9 (${b}) |  | ${a}, ${b} |`);
    expect(out).toContain(`| CAC 40 | France | 7,810.2 | -0.5% |  | ▼ down |  | ${a}, ${b} |`);
  });

  it('--merge with --index keeps the merged entry for the canonical name', () => {
    const raw = JSON.parse(ok(['--format', 'json', '--merge', '--index', 'DAX', a, b]));
    expect(raw.merged.indices.map((i: { name: string }) => i.name)).toEqual(['DAX']);
    expect(raw.documents.map((d: { indices: { name: string }[] }) => d.indices.map((i) => i.name))).toEqual([['DAX'], ['DAX']]);
  });

  it('--merge with --index by an alias keeps the merged entry the documents keep', () => {
    // The documents keep "Nikkei" (an alias seen in the text); the merged view must agree.
    const tokyo = writeArticle(dir, 'tokyo.txt', 'Tokyo Close\nThe Nikkei rose 0.7% to 40,120.5 on Thursday.\n');
    const raw = JSON.parse(ok(['--format', 'json', '--merge', '--index', 'Nikkei', tokyo]));
    expect(raw.documents[0].indices.map((i: { name: string }) => i.name)).toEqual(['Nikkei 225']);
    expect(raw.merged.indices.map((i: { name: string }) => i.name)).toEqual(['Nikkei 225']);
  });
});
