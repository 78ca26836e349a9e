// Reading one input: the bytes of a file exactly as they are on disk, whatever its size. Then
// the size of many inputs, as the CLI estimates it before bringing in workers.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjsonSize, readInput, sizeOfFiles } from '../../src/input/read.js';

const dir = mkdtempSync(join(tmpdir(), 'md-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  // Small files share Node's buffer pool and large ones do not; both must come back whole.
  it.each([
    ['one byte', 'x'],
    ['a short article with wide characters', 'Nikkei 225 rose 1.2% — ¥ and € and 日本 '.repeat(20)],
    ['a file far larger than the pool', 'The FTSE 100 fell 0.4%. '.repeat(20000)],
  ])('%s: the text and byte count as written', async (_name, text) => {
    const path = join(dir, `${text.length}.txt`);
    writeFileSync(path, text);
    const input = await readInput(path);
    expect(input).toMatchObject({ ok: true, text, bytes: Buffer.byteLength(text) });
  });

  it('two files read one after the other keep their own text', async () => {
    writeFileSync(join(dir, 'a.txt'), 'alpha');
    writeFileSync(join(dir, 'b.txt'), 'beta');
    const [a, b] = [await readInput(join(dir, 'a.txt')), await readInput(join(dir, 'b.txt'))];
    expect(a).toMatchObject({ ok: true, text: 'alpha' });
    expect(b).toMatchObject({ ok: true, text: 'beta' });
  });

  it.runIf(existsSync('/proc/self/status'))('a file that reports no size (/proc) is read to its end', async () => {
    const input = await readInput('/proc/self/status');
    expect(input.ok).toBe(true);
    if (input.ok) expect(input.text).toMatch(/^Name:/);
  });
});

describe('sizeOfFiles', () => {
  const file = (name: string, bytes: number): string => {
    const path = join(dir, name);
    writeFileSync(path, 'x'.repeat(bytes));
    return path;
  };
  const small = [file('s1.txt', 10), file('s2.txt', 10)];
  const large = [file('l1.txt', 1000), file('l2.txt', 1000)];
  const missing = join(dir, 'missing.txt');

  it.each([
    ['no inputs', [], 4096, 0],
    ['a few files: their sizes summed; stdin and a missing file count as empty', [...small, '-', missing, ...large], 4096, 2020],
    ['more files than samples: estimated from samples spread over the list', [...small, ...large], 2, 2020],
    ['one sample for many: the first file stands for all', [...large, ...small], 1, 4000],
  ])('%s', (_name, paths, samples, expected) => {
    expect(sizeOfFiles(paths, samples)).toBe(expected);
  });

  it('counts a file over the size limit as empty: it is skipped, not digested', () => {
    expect(sizeOfFiles([...small, ...large], 4096, 100)).toBe(20);
  });
});

describe('ndjsonSize', () => {
  const a = join(dir, 'n1.ndjson');
  const b = join(dir, 'n2.ndjson');
  writeFileSync(a, '{"text":"a"}\n');
  writeFileSync(b, '{"text":"bb"}\n');
  it.each([
    ['regular files: their sizes summed', [a, b], { files: 27, stdinPipe: false }],
    ['a file that cannot be read counts as empty (its read reports it)', [a, join(dir, 'missing.ndjson')], { files: 13, stdinPipe: false }],
    ['a directory: the size is not known', [a, dir], { files: null, stdinPipe: false }],
  ])('%s', (_name, paths, expected) => {
    expect(ndjsonSize(paths)).toEqual(expected);
  });
});
