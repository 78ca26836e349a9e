// A --jobs worker: takes batches of jobs (paths, stdin bytes, NDJSON lines), runs them start to
// finish, up to JOBS_AT_ONCE together (read, decode, digest, validate, filter, render), and
// answers with small outcomes: the rendered text, index figures, warnings or a failure reason.
// Results go back in the order the jobs came, several to a message: a message is sent once about
// 64 KB of output is ready, every 200 ms, whenever the worker has nothing left to do, and after
// each job that was to run alone.
import { parentPort, workerData } from 'node:worker_threads';
import { compileLexicon } from '../extract/lexicon.js';
import type { UserLexicon } from '../lexicon/types.js';
import { JOBS_AT_ONCE, processor, type Job, type JobSpec, type Outcome, type Processor } from './job.js';
import { stylerFor, type ColorLevel } from './style.js';

export interface WorkerInit {
  spec: JobSpec;
  config: UserLexicon | undefined;
  colorLevel: ColorLevel;
}

export interface JobBatch {
  jobs: { id: number; job: Job }[];
  /**
   * Run each job on its own and answer it at once: jobs a dead worker held, so that should one
   * of them kill this worker too, the pool knows which one did.
   */
  alone?: boolean;
}

export interface ResultBatch {
  results: { id: number; outcome: Outcome }[];
}

/** What a worker says: it is ready (its lexicon compiled), or results. */
export type WorkerMessage = { ready: true } | ResultBatch;

const FLUSH_CHARS = 64 * 1024;
const FLUSH_MS = 200;

/** Runs this thread as a digest worker; `init` is what the pool passed as workerData. */
export async function startWorker(init: WorkerInit = workerData as WorkerInit): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('startWorker runs in a worker thread');
  const queue: (JobBatch['jobs'][number] & { alone: boolean })[] = [];
  let run: Processor | null = null;
  let busy = false;
  const work = async (job: Processor): Promise<void> => {
    busy = true;
    let results: ResultBatch['results'] = [];
    let chars = 0;
    let since = performance.now();
    // Rendered text goes as strings: a transferred buffer would be freed only when the main
    // thread next collects garbage, which it seldom does, and RSS grew by tens of MB.
    const send = (): void => {
      const message: WorkerMessage = { results };
      port.postMessage(message);
      results = [];
      chars = 0;
      since = performance.now();
    };
    // The jobs at hand are run together (the processor digests them as one batch), up to the
    // first that is to run alone.
    for (let next = takeJobs(queue); next.length; next = takeJobs(queue)) {
      const outcomes = await job(next.map((n) => n.job));
      next.forEach(({ id }, k) => {
        const outcome = outcomes[k]!;
        results.push({ id, outcome });
        chars += outcome.ok ? outcome.out.length : 0;
      });
      if (next[0]!.alone || chars >= FLUSH_CHARS || performance.now() - since >= FLUSH_MS) send();
    }
    if (results.length) send();
    busy = false;
  };
  // Listening before anything is awaited: jobs that come while the lexicon compiles wait here.
  port.on('message', (batch: JobBatch) => {
    for (const j of batch.jobs) queue.push({ ...j, alone: batch.alone === true });
    if (run && !busy) void work(run);
  });
  run = processor(init.spec, compileLexicon(init.config), await stylerFor(init.colorLevel));
  const ready: WorkerMessage = { ready: true };
  port.postMessage(ready);
  if (queue.length && !busy) void work(run);
}

/** The next jobs to run: one that is to run alone, or up to JOBS_AT_ONCE before the first such. */
export function takeJobs<T extends { alone: boolean }>(queue: T[]): T[] {
  if (queue[0]?.alone) return queue.splice(0, 1);
  let n = 0;
  while (n < queue.length && n < JOBS_AT_ONCE && !queue[n]!.alone) n++;
  return queue.splice(0, n);
}
