import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv } from './e2e.js';
import { BIN, ROOT, run } from './run.js';

const lines = [
  JSON.stringify({ id: 'a1', text: 'The DAX rose 1% to 24,100.' }),
  JSON.stringify({ id: 7, body: 'The CAC 40 fell 0.5%.', text: 'The CAC 40 fell 0.5%.' }),
  'not json',
  JSON.stringify({ id: 'x', headline: 'no text' }),
  JSON.stringify({ text: 'The Nikkei 225 closed at a record 41,276.35.' }),
].join('\n');

describe('--input-format ndjson', () => {
  it('digests one article per line, id as source, and names each bad line', () => {
    const r = run(['--input-format', 'ndjson', '--format', 'ndjson'], { input: `${lines}\n` });
    expect(r.code).toBe(1);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d: { source: string }) => d.source)).toEqual(['a1', '7', '-:5']);
    expect(docs[0].indices[0]).toMatchObject({ name: 'DAX', level: 24100, changePercent: 1 });
    expect(docs[2].indices[0]).toMatchObject({ name: 'Nikkei 225', level: 41276.35, record: true });
    expect(r.stderr).toBe('marketdigest: -:3: not a JSON object\nmarketdigest: -:4: no string field "text"\n');
  });

  it('reads the text from --text-field, from files as well as stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-ndjson-'));
    const file = join(dir, 'archive.ndjson');
    writeFileSync(file, `${JSON.stringify({ id: 'b1', body: 'The FTSE 100 slid 2pc.' })}\n`);
    const r = run(['--input-format', 'ndjson', '--text-field', 'body', '--format', 'json', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ source: 'b1', indices: [{ name: 'FTSE 100', changePercent: -2 }] });
  });

  it('reports a missing NDJSON file on one line', () => {
    const r = run(['--input-format', 'ndjson', '/nonexistent/archive.ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('marketdigest: /nonexistent/archive.ndjson: no such file or directory\n');
  });
});

describe('--jobs', () => {
  it('gives the same documents in the same order with worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-jobs-'));
    const texts = ['The DAX rose 1%.', 'The CAC 40 fell 0.5% to 7,980.1.', 'The Nikkei closed at a record 41,276.35.', 'The FTSE 100 slid 2pc.', 'The Kospi was little changed.'];
    texts.forEach((t, i) => writeFileSync(join(dir, `${i}.txt`), t));
    const one = run(['--format', 'ndjson', '--jobs', '1', dir]);
    const two = run(['--format', 'ndjson', '--jobs', '2', dir]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('refuses a job count below 1', () => {
    const r = run(['--jobs', '0', '-'], { input: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs takes a number ≥ 1/);
  });

  it.each([['--jobs', '1'], ['--jobs', '2']])('%s %s writes each line\'s document while the stream waits for the next', async (...jobs) => {
    const child = spawn(process.execPath, [BIN, ...jobs, '--input-format', 'ndjson', '--format', 'ndjson', '-'], { cwd: ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let waiter: (() => void) | null = null;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      waiter?.();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const lineOut = (n: number): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not ${n} lines within 10 s; stdout so far: ${JSON.stringify(stdout)}`)), 10000);
        waiter = (): void => {
          if (stdout.split('\n').length <= n) return;
          clearTimeout(timer);
          waiter = null;
          resolve();
        };
        waiter();
      });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'The DAX rose 1% to 24,100.' })}\n`);
    await lineOut(1);
    child.stdin.end(`${JSON.stringify({ id: 'second', text: 'The CAC 40 fell 0.5%.' })}\n`);
    expect(await exited).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(['first', 'second']);
  });
});
