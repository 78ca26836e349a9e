// Every output format, end to end, on small original articles: the built binary is run as a
// child process with stdout piped, and its stdout, stderr and exit code are checked.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DigestSchema, DocumentDigestSchema } from '../../src/digest/schema.js';
import { ANSI, ARTICLES, csvRecords, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { run } from './run.js';

const dir = tempDir('formats');
afterAll(removeTempDirs);
const frankfurt = writeArticle(dir, 'frankfurt.txt', ARTICLES.frankfurt);
const asia = writeArticle(dir, 'asia.txt', ARTICLES.asia);
const london = writeArticle(dir, 'london.txt', ARTICLES.london);

const CSV_HEADER = 'source,index,region,level,change_percent,change_points,direction,record,futures';

interface Idx {
  name: string;
  level: number | null;
  changePercent: number | null;
  direction: string | null;
}

function ok(args: string[]): string {
  const r = run(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('--format text', () => {
  it('prints the headline line and one line per index with ▲ ▼, no escape codes when piped', () => {
    const out = ok([frankfurt]);
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`Frankfurt Close  ${frankfurt}  tone neutral`);
    expect(lines[1]).toMatch(/^ ▲ DAX\s+Germany\s+18,250\.4\s+\+1\.2%$/);
    expect(lines[2]).toMatch(/^ ▼ CAC 40\s+France\s+7,810\.2\s+-0\.5%$/);
    expect(out.endsWith('\n')).toBe(true);
    // One document: no market summary.
    expect(out).not.toContain('Market summary');
  });

  it('marks an unchanged index with ▬', () => {
    const out = ok([asia]);
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Asia Midday  /);
    expect(lines[1]).toMatch(/^ ▬ Nikkei 225\s+Japan\s+39,100$/);
    expect(lines[2]).toMatch(/^ ▼ Hang Seng\s+Hong Kong\s+19,870\.55\s+-1\.4%$/);
    expect(lines[3]).toMatch(/^ ▲ KOSPI\s+South Korea\s+2,650\.3\s+\+0\.9%$/);
  });

  it('ends several documents with a market summary and a bar chart fitted to 80 columns', () => {
    const out = ok([frankfurt, asia]);
    expect(out).not.toMatch(ANSI);
    const [docs, summary] = out.split('\nMarket summary ');
    expect(docs).toContain('Frankfurt Close');
    expect(docs).toContain('Asia Midday');
    expect(summary).toBeDefined();
    const lines = summary!.split('\n');
    expect(lines[0]).toBe('(5 indices)');
    // One line per index across the inputs, in input order.
    expect(lines.slice(1, 6).map((l) => l.match(/^ [▲▼▬·] (\S+(?: \S+)?)/)?.[1])).toEqual(['DAX', 'CAC 40', 'Nikkei 225', 'Hang Seng', 'KOSPI']);
    expect(lines[1]).toMatch(/^ ▲ DAX\s+18,250\.4\s+\+1\.2%\s+1 source$/);
    expect(lines[6]).toBe('');
    // The chart: largest gain first, largest loss last, only indices with a percent move.
    const chart = lines.slice(7).filter(Boolean);
    expect(chart.map((l) => l.trim().split(/\s+[▲▼▬]/)[0])).toEqual(['DAX', 'KOSPI', 'CAC 40', 'Hang Seng']);
    expect(chart[0]).toMatch(/^ DAX\s+▲ \+1\.20% █+$/);
    expect(chart[3]).toMatch(/^ Hang Seng\s+▼ -1\.40% ▒+$/);
    // The biggest move has the longest bar; nothing is wider than the 80 columns of a pipe.
    const bar = (l: string): number => (l.match(/[█▒]+$/)?.[0] ?? '').length;
    expect(bar(chart[3]!)).toBeGreaterThan(bar(chart[0]!));
    expect(bar(chart[0]!)).toBeGreaterThan(bar(chart[1]!));
    for (const l of chart) expect([...l].length).toBeLessThanOrEqual(80);
  });

  it('--no-chart keeps the summary and drops the chart', () => {
    const out = ok(['--no-chart', frankfurt, asia]);
    expect(out).toContain('Market summary (5 indices)');
    expect(out).toMatch(/^ ▼ Hang Seng\s+19,870\.55\s+-1\.4%\s+1 source$/m);
    expect(out).not.toMatch(/[█▒]/);
    expect(out).not.toMatch(/[+-]\d+\.\d\d%/); // the chart's two-decimal values
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^ ▲ KOSPI/);
  });

  it('--verbose adds the sentence each index fact came from, with its offsets', () => {
    const out = ok(['--verbose', frankfurt]);
    const lines = out.split('\n');
    const sentence = 'The DAX rose 1.2% to 18,250.40 on Monday, while the CAC 40 fell 0.5% to 7,810.2 in Paris.';
    expect(lines[1]).toMatch(/^ ▲ DAX\s/);
    const m = lines[2]!.match(/^ {5}“(.*)” \[(\d+)–(\d+)\]$/);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(sentence);
    expect(ARTICLES.frankfurt.slice(Number(m![2]), Number(m![3]))).toBe(sentence);
    expect(lines[3]).toMatch(/^ ▼ CAC 40\s/);
    expect(lines[4]).toContain(`“${sentence}”`);
    // Without --verbose the sentence is not printed.
    expect(ok([frankfurt])).not.toContain('“');
  });
});

describe('--format json', () => {
  it('prints one object with schemaVersion 1 and the documents in input order, valid against DigestSchema', () => {
    const out = ok(['--format', 'json', london, frankfurt, asia]);
    expect(out.endsWith('}\n')).toBe(true);
    const raw = JSON.parse(out);
    expect(Object.keys(raw).sort()).toEqual(['documents', 'schemaVersion']);
    const digest = DigestSchema.parse(raw);
    expect(digest.schemaVersion).toBe(1);
    expect(digest.documents.map((d) => d.source)).toEqual([london, frankfurt, asia]);
    expect(digest.documents.map((d) => d.headline)).toEqual(['London Close', 'Frankfurt Close', 'Asia Midday']);
    const pick = (i: Idx): Idx => ({ name: i.name, level: i.level, changePercent: i.changePercent, direction: i.direction });
    expect(digest.documents[1]!.indices.map(pick)).toEqual([
      { name: 'DAX', level: 18250.4, changePercent: 1.2, direction: 'up' },
      { name: 'CAC 40', level: 7810.2, changePercent: -0.5, direction: 'down' },
    ]);
    expect(digest.documents[2]!.indices.map(pick)).toEqual([
      { name: 'Nikkei 225', level: 39100, changePercent: null, direction: 'flat' },
      { name: 'Hang Seng', level: 19870.55, changePercent: -1.4, direction: 'down' },
      { name: 'KOSPI', level: 2650.3, changePercent: 0.9, direction: 'up' },
    ]);
    expect(out).not.toMatch(ANSI);
  });
});

describe('--format ndjson', () => {
  it('prints one compact, newline-terminated JSON document per input, in input order', () => {
    const out = ok(['--format', 'ndjson', asia, frankfurt, london]);
    expect(out.endsWith('\n')).toBe(true);
    expect(out).not.toContain('\r');
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    const docs = lines.map((l) => {
      const parsed = JSON.parse(l);
      // Compact: exactly what JSON.stringify without indentation gives.
      expect(l).toBe(JSON.stringify(parsed));
      return DocumentDigestSchema.parse(parsed);
    });
    expect(docs.map((d) => d.source)).toEqual([asia, frankfurt, london]);
    expect(docs[2]!.indices.map((i) => [i.name, i.level, i.changePercent])).toEqual([['FTSE 100', 8120.5, -0.3]]);
  });

  it('prints one line for each of many inputs', () => {
    const many = Array.from({ length: 12 }, (_, k) => writeArticle(dir, `many/${String(k).padStart(2, '0')}.txt`, ARTICLES.london));
    const out = ok(['--format', 'ndjson', join(dir, 'many')]);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l).source)).toEqual(many);
  });
});

describe('--format markdown', () => {
  it('has a dated title, an index-moves table with the documented columns and one section per document', () => {
    const out = ok(['--format', 'markdown', '--date', '2026-03-17', frankfurt, asia]);
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toBe('# Market digest — 2026-03-17');
    expect(out).toContain('\n2 documents.\n');
    const table = lines.indexOf('## Index moves');
    expect(table).toBeGreaterThan(0);
    expect(lines[table + 2]).toBe('| Index | Region | Level | Change | Points | Direction | Record | Sources |');
    expect(lines[table + 3]).toMatch(/^\|( -{3,}:? \|){8}$/);
    const rows = lines.slice(table + 4, lines.indexOf('', table + 4));
    expect(rows).toEqual([
      `| DAX | Germany | 18,250.4 | +1.2% |  | ▲ up |  | ${frankfurt} |`,
      `| CAC 40 | France | 7,810.2 | -0.5% |  | ▼ down |  | ${frankfurt} |`,
      `| Nikkei 225 | Japan | 39,100 |  |  | ▬ flat |  | ${asia} |`,
      `| Hang Seng | Hong Kong | 19,870.55 | -1.4% |  | ▼ down |  | ${asia} |`,
      `| KOSPI | South Korea | 2,650.3 | +0.9% |  | ▲ up |  | ${asia} |`,
    ]);
    // One section per document, in input order, each naming its source.
    const sections = lines.filter((l) => l.startsWith('## ') && !['## Index moves', '## Companies and people', '## Money and rates'].includes(l));
    expect(sections).toEqual(['## Frankfurt Close', '## Asia Midday']);
    expect(lines.filter((l) => l.startsWith('Source: '))).toEqual([`Source: \`${frankfurt}\` · tone neutral`, expect.stringMatching(new RegExp(`^Source: \`${asia}\` · tone \\w+$`))]);
    expect(out).toContain('- **DAX** (Germany): ▲ up, 18,250.4, +1.2%\n');
    expect(out).toContain('- **Nikkei 225** (Japan): ▬ flat, 39,100\n');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('refuses a --date that is not YYYY-MM-DD with exit 2', () => {
    const r = run(['--format', 'markdown', '--date', '17/03/2026', frankfurt]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--date.*17\/03\/2026/);
  });
});

describe('--format csv', () => {
  it('has the documented header, one row per index fact and CRLF line ends', () => {
    const out = ok(['--format', 'csv', frankfurt, london]);
    expect(out.startsWith(`${CSV_HEADER}\r\n`)).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR
    expect(out.split('\r\n')).toEqual([
      CSV_HEADER,
      `${frankfurt},DAX,Germany,18250.4,1.2,,up,false,false`,
      `${frankfurt},CAC 40,France,7810.2,-0.5,,down,false,false`,
      `${london},FTSE 100,United Kingdom,8120.5,-0.3,,down,false,false`,
      '',
    ]);
  });

  it('quotes a source path holding a comma or a quote and doubles the quotes (RFC 4180)', () => {
    const odd = writeArticle(dir, 'odd dir/Tokyo, "late" close.txt', ARTICLES.london);
    const out = ok(['--format', 'csv', odd]);
    const quoted = `"${odd.replace(/"/g, '""')}"`;
    expect(quoted).toContain('""late""');
    expect(out).toBe(`${CSV_HEADER}\r\n${quoted},FTSE 100,United Kingdom,8120.5,-0.3,,down,false,false\r\n`);
    // A strict RFC 4180 reader gets the path back intact.
    const { records } = csvRecords(out);
    expect(records).toHaveLength(1);
    expect(records[0]!.source).toBe(odd);
    expect(records[0]!.index).toBe('FTSE 100');
  });
});

describe('filters', () => {
  const names = (out: string): string[][] => JSON.parse(out).documents.map((d: { indices: Idx[] }) => d.indices.map((i) => i.name));

  it('--index keeps only the named indices, any case, comma-separated or repeated (json)', () => {
    expect(names(ok(['--format', 'json', '--index', 'dax', frankfurt, asia, london]))).toEqual([['DAX'], [], []]);
    expect(names(ok(['--format', 'json', '--index', 'Hang Seng,FTSE 100', frankfurt, asia, london]))).toEqual([[], ['Hang Seng'], ['FTSE 100']]);
    expect(names(ok(['--format', 'json', '--index', 'CAC 40', '--index', 'kospi', frankfurt, asia, london]))).toEqual([['CAC 40'], ['KOSPI'], []]);
  });

  it('--index matches an alias the text used (json)', () => {
    // The Asia article writes "Nikkei 225"; the Tokyo-style sentence here writes "Nikkei".
    const tokyo = writeArticle(dir, 'tokyo.txt', 'Tokyo Close\nThe Nikkei rose 0.7% to 40,120.5 on Thursday.\n');
    expect(names(ok(['--format', 'json', '--index', 'nikkei', tokyo]))).toEqual([['Nikkei 225']]);
  });

  it('--index matches a gazetteer alias the text did not use (json: --index Footsie / FTSE keeps FTSE 100)', () => {
    // README: "--index <names>  keep only these indices (canonical name or alias)"; the
    // gazetteer lists "FTSE" and "Footsie" as aliases of the FTSE 100.
    expect(names(ok(['--format', 'json', '--index', 'Footsie', london]))).toEqual([['FTSE 100']]);
    expect(names(ok(['--format', 'json', '--index', 'FTSE', london]))).toEqual([['FTSE 100']]);
  });

  it('--index by an alias the text used also keeps the index in the markdown table (which is built from the merged view)', () => {
    const tokyo = writeArticle(dir, 'tokyo-md.txt', 'Tokyo Close\nThe Nikkei rose 0.7% to 40,120.5 on Thursday.\n');
    const out = ok(['--format', 'markdown', '--date', '2026-03-17', '--index', 'Nikkei', tokyo]);
    // The document section keeps it ...
    expect(out).toContain('- **Nikkei 225** (Japan): ▲ up, 40,120.5, +0.7%');
    // ... and so must the table of index moves.
    expect(out).not.toContain('No index moves found.');
    expect(out).toContain(`| Nikkei 225 | Japan | 40,120.5 | +0.7% |  | ▲ up |  | ${tokyo} |`);
  });

  it('--index filters csv rows too', () => {
    const { records } = csvRecords(ok(['--format', 'csv', '--index', 'CAC 40', frankfurt, asia]));
    expect(records.map((r) => [r.source, r.index])).toEqual([[frankfurt, 'CAC 40']]);
  });

  it('--region keeps only indices of those regions (csv and json)', () => {
    const { header, records } = csvRecords(ok(['--format', 'csv', '--region', 'japan,Hong Kong', frankfurt, asia, london]));
    expect(header.join(',')).toBe(CSV_HEADER);
    expect(records.map((r) => [r.index, r.region])).toEqual([['Nikkei 225', 'Japan'], ['Hang Seng', 'Hong Kong']]);
    expect(names(ok(['--format', 'json', '--region', 'United Kingdom', frankfurt, asia, london]))).toEqual([[], [], ['FTSE 100']]);
  });

  it('--min-move keeps indices that moved at least that many percent either way (json and csv)', () => {
    // 1.2 is kept at --min-move 1.2 ("at least"); -1.4 is kept; -0.5, +0.9, -0.3 and the flat Nikkei (no percent) are not.
    expect(names(ok(['--format', 'json', '--min-move', '1.2', frankfurt, asia, london]))).toEqual([['DAX'], ['Hang Seng'], []]);
    const { records } = csvRecords(ok(['--format', 'csv', '--min-move', '0.5', frankfurt, asia, london]));
    expect(records.map((r) => [r.index, r.change_percent])).toEqual([['DAX', '1.2'], ['CAC 40', '-0.5'], ['Hang Seng', '-1.4'], ['KOSPI', '0.9']]);
  });

  it('--min-move refuses a negative or non-numeric value with exit 2', () => {
    for (const bad of ['-1', 'lots']) {
      const r = run(['--format', 'json', '--min-move', bad, frankfurt]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--min-move/);
    }
  });

  it('filters combine (json): --region Germany,France --min-move 1', () => {
    expect(names(ok(['--format', 'json', '--region', 'Germany,France', '--min-move', '1', frankfurt, asia]))).toEqual([['DAX'], []]);
  });
});
