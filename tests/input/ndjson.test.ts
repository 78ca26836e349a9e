// Reading NDJSON streams line by line: line numbers, CRLF, blank lines, a last line without a
// newline, lines cut across the stream's chunks, a line over the size limit (dropped as it is
// read, memory stays flat), and parsing one line into an article.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjsonLineGroups, ndjsonLines, parseNdjsonLine, readNdjson, type NdjsonLine } from '../../src/input/ndjson.js';

const dir = mkdtempSync(join(tmpdir(), 'md-ndjson-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function lines(path: string, maxBytes?: number): Promise<NdjsonLine[]> {
  const out: NdjsonLine[] = [];
  for await (const l of ndjsonLines(path, maxBytes)) out.push(l);
  return out;
}

describe('ndjsonLineGroups', () => {
  it('gives the lines a chunk completes together: the same lines as ndjsonLines, in order', async () => {
    const records = Array.from({ length: 3000 }, (_, k) => JSON.stringify({ id: k, text: `The Nikkei rose ${k}%.` }));
    const path = file('groups.ndjson', `${records.join('\n')}\n`);
    const groups: NdjsonLine[][] = [];
    for await (const g of ndjsonLineGroups(path)) groups.push(g);
    // About 110 KB: more than one 64 KB chunk, so more than one group, none empty.
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every((g) => g.length > 0)).toBe(true);
    expect(groups.flat()).toEqual(await lines(path));
    expect(groups.flat().map((l) => (l.ok ? l.text : ''))).toEqual(records);
  });

  it('a stream that cannot be opened is one group of its failure', async () => {
    const groups: NdjsonLine[][] = [];
    for await (const g of ndjsonLineGroups(join(dir, 'none.ndjson'))) groups.push(g);
    expect(groups).toEqual([[{ ok: false, source: join(dir, 'none.ndjson'), reason: 'no such file or directory' }]]);
  });
});

describe('ndjsonLines', () => {
  it('numbers lines from 1, skips blank ones, takes CRLF and a last line without a newline', async () => {
    const path = file('a.ndjson', '{"id":1}\r\n\n   \r\n{"id":2}\n{"id":3}');
    expect(await lines(path)).toEqual([
      { ok: true, path, line: 1, text: '{"id":1}' },
      { ok: true, path, line: 4, text: '{"id":2}' },
      { ok: true, path, line: 5, text: '{"id":3}' },
    ]);
  });

  it('joins lines cut across chunks (a stream is read 64 KB at a time), CRLF split too', async () => {
    const long = (k: number): string => JSON.stringify({ id: k, text: `${'x'.repeat(30000 + k)}é` });
    const records = Array.from({ length: 12 }, (_, k) => long(k));
    const path = file('b.ndjson', `${records.join('\r\n')}\r\n`);
    const got = await lines(path);
    expect(got.map((l) => (l.ok ? l.text : l.reason))).toEqual(records);
    expect(got.map((l) => (l.ok ? l.line : 0))).toEqual(records.map((_, k) => k + 1));
  });

  it('drops a line longer than the limit as it reads, reports it by PATH:LINE, and goes on', async () => {
    const path = file('c.ndjson', `{"id":1}\n${'y'.repeat(200000)}\n{"id":3}\n${'z'.repeat(150000)}`);
    const got = await lines(path, 100000);
    expect(got).toEqual([
      { ok: true, path, line: 1, text: '{"id":1}' },
      { ok: false, source: `${path}:2`, reason: 'larger than --max-bytes (100000 bytes), skipped' },
      { ok: true, path, line: 3, text: '{"id":3}' },
      { ok: false, source: `${path}:4`, reason: 'larger than --max-bytes (100000 bytes), skipped' },
    ]);
  });

  it('decodes a character whose bytes are cut across chunks, and counts the limit in bytes, CR apart', async () => {
    // 'é' takes bytes 65,535 and 65,536: the first 64 KB chunk ends inside it.
    const cut = `{"t":"${'x'.repeat(65535 - 6)}é"}`;
    expect(await lines(file('d.ndjson', `${cut}\n{"id":2}\n`))).toEqual([
      { ok: true, path: join(dir, 'd.ndjson'), line: 1, text: cut },
      { ok: true, path: join(dir, 'd.ndjson'), line: 2, text: '{"id":2}' },
    ]);
    const path = file('e.ndjson', `${'a'.repeat(10)}\r\n${'b'.repeat(11)}\r\n${'é'.repeat(6)}\n${'é'.repeat(5)}\n`);
    const tooLarge = 'larger than --max-bytes (10 bytes), skipped';
    expect(await lines(path, 10)).toEqual([
      { ok: true, path, line: 1, text: 'a'.repeat(10) },
      { ok: false, source: `${path}:2`, reason: tooLarge },
      // Six characters, twelve bytes.
      { ok: false, source: `${path}:3`, reason: tooLarge },
      { ok: true, path, line: 4, text: 'é'.repeat(5) },
    ]);
  });

  it('reports a stream that cannot be opened by its path', async () => {
    expect(await lines(join(dir, 'missing.ndjson'))).toEqual([{ ok: false, source: join(dir, 'missing.ndjson'), reason: 'no such file or directory' }]);
    expect(await lines(dir)).toEqual([{ ok: false, source: dir, reason: 'is a directory' }]);
  });
});

describe('parseNdjsonLine', () => {
  it('takes the text field and the id as source, PATH:LINE without an id', () => {
    expect(parseNdjsonLine('s', 3, '{"id": 7, "text": "The DAX rose."}')).toEqual({ source: '7', ok: true, text: 'The DAX rose.' });
    expect(parseNdjsonLine('s', 3, '{"body": "x"}', { textField: 'body' })).toEqual({ source: 's:3', ok: true, text: 'x' });
  });

  it('names what is wrong with a bad line', () => {
    expect(parseNdjsonLine('s', 1, 'not json')).toEqual({ source: 's:1', ok: false, reason: 'not a JSON object' });
    expect(parseNdjsonLine('s', 2, '[1, 2]')).toEqual({ source: 's:2', ok: false, reason: 'not a JSON object' });
    expect(parseNdjsonLine('s', 3, '{"text": 5}')).toEqual({ source: 's:3', ok: false, reason: 'no string field "text"' });
  });

  it('readNdjson: lines parsed in order', async () => {
    const path = file('d.ndjson', '{"id":"a","text":"one"}\nnope\n{"id":"b","text":"two"}\n');
    const got = [];
    for await (const r of readNdjson(path)) got.push(r);
    expect(got).toEqual([
      { source: 'a', ok: true, text: 'one' },
      { source: `${path}:2`, ok: false, reason: 'not a JSON object' },
      { source: 'b', ok: true, text: 'two' },
    ]);
  });
});
