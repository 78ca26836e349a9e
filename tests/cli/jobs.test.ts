// --jobs: worker threads change nothing but the speed. For every format, --jobs 1 (this thread)
// and --jobs 2 (workers) print the same bytes on stdout and stderr, with the same exit code, on
// a tree of articles with failing inputs among them; so does the default, which starts in this
// thread and hands over to workers mid-run when enough input is left. Then: how many workers a
// run gets, and when the default brings them in.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { workerCount, workersPayOff } from '../../src/cli/run.js';
import { ARTICLES, childEnv, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { BIN, ROOT, run } from './run.js';

const tree = tempDir('jobs');
afterAll(removeTempDirs);

// The annotated articles in two folders, a web page, and failing inputs in the middle.
for (const [from, to] of [['fixtures/corpus/dev', 'a'], ['fixtures/samples', 'b']] as const) {
  mkdirSync(join(tree, to));
  for (const f of readdirSync(join(ROOT, from)).filter((n) => n.endsWith('.txt'))) copyFileSync(join(ROOT, from, f), join(tree, to, f));
}
writeArticle(tree, 'a/m-page.html', `<html><body><article><h1>London Close</h1><p>The FTSE 100 rose 0.8% to 8,300.25.</p></article></body></html>`);
writeFileSync(join(tree, 'a/m-binary.txt'), Buffer.from([0x62, 0, 0x69, 0, 0, 0, 0x6e, 0, 0]));
writeFileSync(join(tree, 'a/m-latin1.txt'), Buffer.concat([Buffer.from('The DAX rose 1% to 24,100 '), Buffer.from([0xff, 0xfe]), Buffer.from('.\n')]));
writeArticle(tree, 'a/m-empty.txt', '');
writeArticle(tree, 'a/m-large.txt', ARTICLES.wrap.repeat(2000));
const missing = join(tree, 'missing.txt');
const inputs = [join(tree, 'a'), missing, '-', join(tree, 'b')];
const stdin = ARTICLES.asia;

const FORMATS = ['text', 'json', 'ndjson', 'markdown', 'csv'];
const cases: [string, string[]][] = [
  ...FORMATS.map((f): [string, string[]] => [f, ['--format', f]]),
  ...FORMATS.map((f): [string, string[]] => [`${f} --merge`, ['--format', f, '--merge']]),
  ['text --verbose --color', ['--verbose', '--color']],
  ['csv --region Japan --min-move 1', ['--format', 'csv', '--region', 'Japan', '--min-move', '1']],
];

describe('--jobs 1 and --jobs 2 print the same bytes', () => {
  it.each(cases)('%s', (_, args) => {
    const common = [...args, '--date', '2026-03-17', '--max-bytes', '100000', ...inputs];
    const one = run(['--jobs', '1', ...common], { input: stdin });
    const two = run(['--jobs', '2', ...common], { input: stdin });
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  });

  it('reports the failing inputs in the middle in input order, one line each, and digests the rest', () => {
    const r = run(['--jobs', '2', '--format', 'ndjson', '--max-bytes', '100000', ...inputs], { input: stdin });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      `marketdigest: ${join(tree, 'a/m-binary.txt')}: binary file (not text), skipped`,
      `marketdigest: ${join(tree, 'a/m-large.txt')}: larger than --max-bytes (100000 bytes), skipped`,
      `marketdigest: ${join(tree, 'a/m-latin1.txt')}: warning: invalid UTF-8, decoded with replacement characters`,
      `marketdigest: ${missing}: no such file or directory`,
      '',
    ]);
    const sources = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
    const a = readdirSync(join(tree, 'a')).sort().filter((f) => !['m-binary.txt', 'm-large.txt'].includes(f));
    const b = readdirSync(join(tree, 'b')).sort();
    expect(sources).toEqual([...a.map((f) => join(tree, 'a', f)), '-', ...b.map((f) => join(tree, 'b', f))]);
  });

  it('the default (this thread only, for so little input) prints the same as --jobs 1', () => {
    const many = [join(tree, 'a'), join(tree, 'a'), join(tree, 'a'), join(tree, 'b')];
    const one = run(['--jobs', '1', '--format', 'ndjson', ...many]);
    const auto = run(['--format', 'ndjson', ...many]);
    expect(one.code).toBe(1);
    expect(auto.stdout).toBe(one.stdout);
    expect(auto.stderr).toBe(one.stderr);
    expect(auto.code).toBe(one.code);
  });

  it('an NDJSON stream: the same lines, the same bad-line reports', () => {
    const lines = readdirSync(join(tree, 'a'))
      .sort()
      .filter((f) => f.endsWith('.txt') && !f.startsWith('m-'))
      .map((_, k) => (k === 5 ? 'not json' : k === 9 ? JSON.stringify({ id: k }) : JSON.stringify({ id: `n${k}`, text: ARTICLES.london.replace('0.3%', `0.${k}%`) })));
    const input = `${lines.join('\n')}\n`;
    const one = run(['--jobs', '1', '--input-format', 'ndjson', '--format', 'ndjson'], { input });
    const two = run(['--jobs', '2', '--input-format', 'ndjson', '--format', 'ndjson'], { input });
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('marketdigest: -:6: not a JSON object\nmarketdigest: -:10: no string field "text"\n');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(1);
  });
});

describe('--jobs 2 writes as it goes', () => {
  it('writes the lines of the files digested so far while a later input (stdin) has not arrived', async () => {
    const files = ['one', 'two', 'three'].map((n) => writeArticle(tree, `stream/${n}.txt`, ARTICLES.london));
    const child = spawn(process.execPath, [BIN, '--jobs', '2', '--format', 'ndjson', ...files, '-'], { cwd: ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not three lines within 10 s; stdout so far: ${JSON.stringify(stdout)}`)), 10000);
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s;
        if (stdout.split('\n').length > 3) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    // stdin is still open: the three files were written without waiting for it.
    child.stdin.end(ARTICLES.frankfurt);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([...files, '-']);
  });
});

describe('how many workers a run gets', () => {
  it('none for one or two inputs, with or without --jobs', () => {
    expect(workerCount(undefined, 8, 1)).toBe(0);
    expect(workerCount(undefined, 8, 2)).toBe(0);
    expect(workerCount(4, 8, 2)).toBe(0);
  });

  it('none with --jobs 1, and none on one CPU (one worker is never faster than this thread)', () => {
    expect(workerCount(1, 8, 100)).toBe(0);
    expect(workerCount(undefined, 1, 100)).toBe(0);
    expect(workerCount(4, 1, 100)).toBe(0);
  });

  it('one per CPU by default; --jobs N clamped to the CPUs and to the inputs', () => {
    expect(workerCount(undefined, 2, 100)).toBe(2);
    expect(workerCount(64, 2, 100)).toBe(2);
    expect(workerCount(3, 8, 100)).toBe(3);
    expect(workerCount(8, 8, 5)).toBe(5);
    expect(workerCount(2.7, 8, 100)).toBe(2);
  });

  it('streams (inputs not known yet) get workers as for many inputs', () => {
    expect(workerCount(undefined, 4, null)).toBe(4);
    expect(workerCount(2, 4, null)).toBe(2);
  });
});

describe('when a run without --jobs brings in workers', () => {
  it('for 8 MB or more still to digest on two CPUs, a smaller bar on more; always for a stream of unknown size', () => {
    expect(workersPayOff(7_999_999, 2)).toBe(false);
    expect(workersPayOff(8_000_000, 2)).toBe(true);
    expect(workersPayOff(3_000_000, 4)).toBe(true);
    expect(workersPayOff(2_000_000, 4)).toBe(false);
    expect(workersPayOff(1e9, 1)).toBe(false);
    expect(workersPayOff(null, 2)).toBe(true);
  });

  /** NDJSON lines of the dev articles, repeated until their texts reach `bytes`. */
  const ndjsonOf = (bytes: number): { input: string; lines: number } => {
    const articles = readdirSync(join(ROOT, 'fixtures/corpus/dev')).filter((f) => f.endsWith('.txt'));
    const lines: string[] = [];
    for (let total = 0, k = 0; total < bytes; k++) {
      const text = readFileSync(join(ROOT, 'fixtures/corpus/dev', articles[k % articles.length]!), 'utf8');
      lines.push(JSON.stringify({ id: `n${k}`, text }));
      total += text.length;
    }
    return { input: `${lines.join('\n')}\n`, lines: lines.length };
  };
  /** A default run on a piped stream (spawnSync's stdin is a pipe): its output, and how many threads loaded the run's code. */
  const piped = (input: string): { stdout: string; threads: number } => {
    const auto = run(['--input-format', 'ndjson', '--format', 'ndjson'], { input, env: { MARKETDIGEST_CODE_CACHE_REPORT: '1' } });
    expect(auto.code).toBe(0);
    return { stdout: auto.stdout, threads: auto.stderr.split('\n').filter((l) => /^marketdigest: code cache of run\.cjs: /.test(l)).length };
  };

  it.runIf(availableParallelism() >= 2)('brings them in mid-run for a piped stream that goes on past what is read ahead (2 MB), and prints what --jobs 1 prints', () => {
    const { input, lines } = ndjsonOf(2_500_000);
    const auto = piped(input);
    // This thread's load, then one per worker.
    expect(auto.threads).toBeGreaterThan(1);
    expect(auto.stdout).toBe(run(['--jobs', '1', '--input-format', 'ndjson', '--format', 'ndjson'], { input }).stdout);
    expect(auto.stdout.trimEnd().split('\n')).toHaveLength(lines);
  });

  it.runIf(availableParallelism() >= 2 && availableParallelism() <= 4)('none for a piped stream that ends within what is read ahead: it is known to be short', () => {
    const { input, lines } = ndjsonOf(1_000_000);
    const auto = piped(input);
    expect(auto.threads).toBe(1);
    expect(auto.stdout).toBe(run(['--jobs', '1', '--input-format', 'ndjson', '--format', 'ndjson'], { input }).stdout);
    expect(auto.stdout.trimEnd().split('\n')).toHaveLength(lines);
  });

  // On more than four CPUs the bar falls below this directory's size.
  const cpus = availableParallelism();
  it.runIf(cpus >= 2 && cpus <= 4)('none for a directory of about 1 MB: the run stays in this thread, and prints what --jobs 1 prints', () => {
    const dir = tempDir('jobs-small');
    const articles = [...readdirSync(join(ROOT, 'fixtures/corpus/dev')).map((f) => join(ROOT, 'fixtures/corpus/dev', f)), ...readdirSync(join(ROOT, 'fixtures/samples')).map((f) => join(ROOT, 'fixtures/samples', f))].filter((f) => f.endsWith('.txt'));
    let total = 0;
    for (let rep = 0; total < 1_000_000; rep++) {
      for (const [k, f] of articles.entries()) {
        const to = join(dir, `r${String(rep).padStart(2, '0')}-${String(k).padStart(2, '0')}.txt`);
        copyFileSync(f, to);
        total += readFileSync(to).length;
      }
    }
    const auto = run(['--format', 'ndjson', dir], { env: { MARKETDIGEST_CODE_CACHE_REPORT: '1' } });
    const loads = auto.stderr.split('\n').filter((l) => /^marketdigest: code cache of run\.cjs: /.test(l));
    expect(auto.code).toBe(0);
    expect(loads).toHaveLength(1);
    const one = run(['--jobs', '1', '--format', 'ndjson', dir]);
    expect(auto.stdout).toBe(one.stdout);
    expect(auto.stdout.trimEnd().split('\n')).toHaveLength(readdirSync(dir).length);
  });
});
