// The worker pool on its own: outcomes come back for every job, and a worker that dies fails the
// job it was running with the one-line reason an internal error gives, while the other jobs it
// held are run by a fresh worker; when it held several at once, they first run alone, so that
// only the job that kills a worker fails.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/cli/job.js';
import { DigestPool, YOUNG_GENERATION_MB } from '../../src/cli/pool.js';
import type { WorkerInit } from '../../src/cli/worker.js';
import { ARTICLES, removeTempDirs, tempDir, writeArticle } from './e2e.js';

const dir = tempDir('pool');
afterAll(removeTempDirs);

const init: WorkerInit = {
  spec: { format: 'ndjson', merge: false, verbose: false, filter: {}, maxBytes: 1e6, textField: 'text' },
  config: undefined,
  colorLevel: 0,
};
const crashing = new URL('./crash-worker.mjs', import.meta.url);
const names = ['a.txt', 'b.txt', 'crash-here.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt'];
const paths = names.map((n) => writeArticle(dir, n, ARTICLES.london));

describe('DigestPool', () => {
  it('answers every job; a dead worker fails the job it ran, and the jobs it held run on a new one', async () => {
    // One job a message, so the job a worker dies on is exactly the one it was running.
    const pool = new DigestPool({ size: 2, entry: crashing, init, batch: 1 });
    try {
      const outcomes: Outcome[] = await Promise.all(paths.map((source) => pool.submit({ kind: 'path', source })));
      expect(outcomes.map((o) => [o.source, o.ok])).toEqual(paths.map((p) => [p, !p.includes('crash-here')]));
      const crashed = outcomes[2]!;
      expect(crashed.ok ? '' : crashed.reason).toBe('internal error: worker blew up');
      for (const o of outcomes) if (o.ok) expect(JSON.parse(o.out)).toMatchObject({ source: o.source, headline: 'London Close' });
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies on a batch of jobs: only the job that killed it fails, found by running the others alone', async () => {
    // One worker: the first job goes alone, the six after it in one message, the crash among them.
    const pool = new DigestPool({ size: 1, entry: crashing, init });
    try {
      const pending = paths.map((source) => pool.submit({ kind: 'path', source }));
      pool.flush();
      const outcomes: Outcome[] = await Promise.all(pending);
      expect(outcomes.map((o) => [o.source, o.ok])).toEqual(paths.map((p) => [p, !p.includes('crash-here')]));
      const crashed = outcomes[2]!;
      expect(crashed.ok ? '' : crashed.reason).toBe('internal error: worker blew up');
    } finally {
      await pool.close();
    }
  });

  it('is started once every worker it began with is ready, not at the first', async () => {
    // One worker is ready at once and answers each job so; the other is ready, and answers, only
    // 1.5 s after it starts. Two jobs go one to each worker.
    const slowSecond = `import { parentPort, threadId } from 'node:worker_threads';
      const delay = threadId % 2 ? 0 : 1500;
      parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ results: m.jobs.map((j) => ({ id: j.id, outcome: { ok: false, source: 'x', reason: String(delay) } })) }), delay));
      setTimeout(() => parentPort.postMessage({ ready: true }), delay);`;
    const pool = new DigestPool({ size: 2, entry: new URL(`data:text/javascript,${encodeURIComponent(slowSecond)}`), init });
    let started = false;
    void pool.started.then(() => (started = true));
    try {
      const first = await Promise.race([pool.submit({ kind: 'path', source: 'a' }), pool.submit({ kind: 'path', source: 'b' })]);
      expect(first).toMatchObject({ ok: false, reason: '0' });
      expect(started).toBe(false);
      await pool.started;
      expect(started).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('gives each worker the young generation it is asked for, else YOUNG_GENERATION_MB', async () => {
    // The worker answers each job with the limit it runs under, as the job's source.
    const reportsLimit = `import { parentPort, resourceLimits } from 'node:worker_threads';
      parentPort.on('message', (m) => parentPort.postMessage({ results: m.jobs.map((j) => ({ id: j.id, outcome: { ok: false, source: String(resourceLimits.maxYoungGenerationSizeMb), reason: 'limit' } })) }));
      parentPort.postMessage({ ready: true });`;
    const entry = new URL(`data:text/javascript,${encodeURIComponent(reportsLimit)}`);
    const cases: [number | undefined, string][] = [
      [undefined, String(YOUNG_GENERATION_MB)],
      [24, '24'],
    ];
    for (const [youngGenerationMb, expected] of cases) {
      const pool = new DigestPool({ size: 2, entry, init, youngGenerationMb });
      try {
        const outcomes = await Promise.all([1, 2, 3].map((k) => pool.submit({ kind: 'path', source: `job-${k}` })));
        expect(outcomes.map((o) => o.source)).toEqual([expected, expected, expected]);
      } finally {
        await pool.close();
      }
    }
  });

  it('is started also when a worker stops before it is ready', async () => {
    const pool = new DigestPool({ size: 2, entry: new URL('data:text/javascript,process.exit(3)'), init });
    try {
      await expect(pool.started).resolves.toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('reads, digests and renders in the worker: a missing file is an outcome, not a crash', async () => {
    const pool = new DigestPool({ size: 2, entry: crashing, init });
    try {
      const [gone, there] = await Promise.all([pool.submit({ kind: 'path', source: join(dir, 'gone.txt') }), pool.submit({ kind: 'path', source: paths[0]! })]);
      expect(gone).toEqual({ ok: false, source: join(dir, 'gone.txt'), reason: 'no such file or directory' });
      expect(there?.ok).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
