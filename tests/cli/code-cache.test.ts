// The launcher (bin/marketdigest.js) compiles each bundle with the V8 code cache the build made.
// V8 refuses a cache silently (the bundle then compiles from source, 30 ms slower or more), for
// one when it was written under other V8 flags than the launcher compiles under. With
// MARKETDIGEST_CODE_CACHE_REPORT=1 the launcher says on stderr, for each bundle it loads,
// whether V8 took its cache: these runs check that it did, in the main thread and in workers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { BIN, ROOT, run } from './run.js';

const dir = tempDir('code-cache');
afterAll(removeTempDirs);
const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((n) => writeArticle(dir, n, ARTICLES.london));

/** The launcher's reports, sorted: "<bundle> <accepted|rejected|absent>". */
function reports(args: string[]): string[] {
  const r = run(args, { env: { MARKETDIGEST_CODE_CACHE_REPORT: '1' } });
  expect(r.code).toBe(0);
  return r.stderr
    .split('\n')
    .map((l) => /^marketdigest: code cache of (\w+)\.cjs: (\w+)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}

describe('the code caches', () => {
  it('are taken for --version, which loads the command line only', () => {
    expect(reports(['--version'])).toEqual(['cli accepted']);
  });

  it('are taken for a digest', () => {
    expect(reports([files[0]!])).toEqual(['cli accepted', 'run accepted']);
  });

  it('are taken by --jobs workers too: heaps settle only once they have loaded', () => {
    expect(reports(['--jobs', '2', '--format', 'ndjson', ...files])).toEqual(['cli accepted', 'run accepted', 'run accepted', 'run accepted']);
  });

  it('are taken for the schema, which loads zod', () => {
    expect(reports(['schema'])).toEqual(['cli accepted', 'zod accepted']);
  });

  it('are reported only when asked: a plain run says nothing on stderr', () => {
    const r = run([files[0]!]);
    expect(r.stderr).toBe('');
  });
});

describe('the worker marker', () => {
  it('is the same in the pool and the launcher', () => {
    const marker = (text: string): string | undefined => /const WORKER_ARG = '([^']+)'/.exec(text)?.[1];
    const inPool = marker(readFileSync(join(ROOT, 'src/cli/pool.ts'), 'utf8'));
    expect(inPool).toMatch(/^--/);
    expect(marker(readFileSync(BIN, 'utf8'))).toBe(inPool);
  });
});
