// Which of a worker's waiting jobs it runs together: up to JOBS_AT_ONCE, never past one that is
// to run alone (a job a dead worker held), which runs by itself and is answered at once.
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { JOBS_AT_ONCE } from '../../src/cli/job.js';
import { takeJobs } from '../../src/cli/worker.js';
import { removeTempDirs, tempDir, writeArticle } from './e2e.js';

afterAll(removeTempDirs);

const jobs = (pattern: string) => [...pattern].map((c, id) => ({ id, alone: c === 'a' }));

describe('takeJobs', () => {
  it.each([
    ['', [[]]],
    ['bbb', [[0, 1, 2], []]],
    ['abb', [[0], [1, 2], []]],
    ['bbabb', [[0, 1], [2], [3, 4], []]],
    ['aab', [[0], [1], [2], []]],
  ])('%s (b: batched, a: alone) is taken as %j', (pattern, takes) => {
    const queue = jobs(pattern);
    expect(takes.map(() => takeJobs(queue).map((j) => j.id))).toEqual(takes);
  });

  it('takes JOBS_AT_ONCE at most', () => {
    const queue = jobs('b'.repeat(JOBS_AT_ONCE + 3));
    expect(takeJobs(queue)).toHaveLength(JOBS_AT_ONCE);
    expect(takeJobs(queue)).toHaveLength(3);
  });
});

describe('the worker thread', () => {
  it('answers a job that is to run alone in a message of its own, and batched jobs together', async () => {
    const dir = tempDir('worker');
    // Short texts: even before the code is warm, no job takes long enough (200 ms) to be
    // answered for that reason.
    // The first is a web page: the worker loads its HTML reader for it, a wait in which the
    // messages after it arrive and queue up behind it.
    const paths = [writeArticle(dir, 'a.html', '<p>The DAX rose 1%.</p>'), ...['b', 'c', 'd', 'e'].map((n) => writeArticle(dir, `${n}.txt`, 'The DAX rose 1%.'))];
    const init = { spec: { format: 'ndjson', merge: false, verbose: false, filter: {}, maxBytes: 1e6, textField: 'text' }, config: undefined, colorLevel: 0 };
    // The tsc build's worker, as the pool starts it (npm test builds first).
    const worker = new Worker(new URL('../../dist/cli/worker-entry.js', import.meta.url), { workerData: init });
    const messages: { results?: { id: number }[] }[] = [];
    const answered = new Promise<void>((resolve) =>
      worker.on('message', (m: { results?: { id: number }[] }) => {
        messages.push(m);
        if (messages.flatMap((x) => x.results ?? []).length === paths.length) resolve();
      }),
    );
    try {
      const job = (id: number) => ({ id, job: { kind: 'path', source: paths[id]! } });
      // As the pool sends a dead worker's jobs to a new one, then more.
      worker.postMessage({ jobs: [job(0)], alone: true });
      worker.postMessage({ jobs: [job(1)], alone: true });
      worker.postMessage({ jobs: [job(2), job(3), job(4)] });
      await answered;
      const results = messages.filter((m) => m.results).map((m) => m.results!.map((r) => r.id));
      expect(results).toEqual([[0], [1], [2, 3, 4]]);
    } finally {
      await worker.terminate();
    }
  });
});
