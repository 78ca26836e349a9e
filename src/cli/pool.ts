// --jobs N: worker threads that each run whole jobs (read, decode, digest, validate, render), so
// only paths or NDJSON lines go out and rendered text comes back. Jobs go out in batches (a
// message costs about what digesting a short article does) to the least busy worker, at most
// two batches ahead of it; the caller puts the outcomes back in input order.
//
// A worker that dies (a crash, not an input's failure: those are outcomes) fails the job it was
// running, with the same one-line reason an internal error gives, and the other jobs it held go
// to a fresh worker, so the other inputs go on. A worker runs several jobs together, so when it
// held several, they first run again alone to find the one that kills it (see replace).
import { Worker } from 'node:worker_threads';
import { internalError } from '../digest/validated.js';
import { JOBS_AT_ONCE, jobSize, sourceOf, type Job, type Outcome } from './job.js';
import type { JobBatch, WorkerInit, WorkerMessage } from './worker.js';

export interface PoolOptions {
  size: number;
  /** The script a worker thread starts: the bundled CLI's launcher, or the tsc build's worker entry. */
  entry: URL | string;
  init: WorkerInit;
  /** Jobs per message (default JOBS_AT_ONCE). */
  batch?: number;
  /** Each worker's young generation, in MB, at most (default: YOUNG_GENERATION_MB). */
  youngGenerationMb?: number;
}

/**
 * A worker's young generation, at most, in MB: V8 would let it grow to tens of MB per worker.
 * Once the workers have started, the run holds every young generation where it is (run.ts,
 * holdYoungGenerations), so this caps what a worker grows to while it starts: with 16, to two
 * 4 MB semi-spaces. That made a 30 MB NDJSON stream, default --jobs on 2 cores, about 12 %
 * faster and its peak 12 MB lower than 8 did (two semi-spaces of 2.7 MB; three alternating
 * pairs: 20.3–20.8 s, 176–180 MB → 16.1–18.8 s, 163–168 MB): fewer survivors are promoted, so
 * the old generations grow less. Before the hold, streams used 8 and files 16 (a 100 MB stream
 * peaked at 212 MB with 16 then).
 */
export const YOUNG_GENERATION_MB = 16;

/** Tells bin/marketdigest.js, started as a worker's script, that it runs in a worker thread. */
const WORKER_ARG = '--marketdigest-worker-thread';

interface Pending {
  id: number;
  job: Job;
  settle: (o: Outcome) => void;
  /** Held by a worker that died: runs alone, answered at once (see replace). */
  alone: boolean;
}

interface Slot {
  worker: Worker;
  /** The jobs sent to this worker and not answered yet, in the order it runs them. */
  held: Pending[];
  /** Why it stopped, when it reported an error before exiting. */
  error: string | null;
}

export class DigestPool {
  /** A worker per place; null where one stopped with nothing in hand (started again when needed). */
  private readonly slots: (Slot | null)[] = [];
  private readonly queue: Pending[] = [];
  private readonly batch: number;
  private nextId = 0;
  private closing = false;
  private markStarted: () => void = () => undefined;
  /** The workers the pool began with that have not yet reported ready or stopped. */
  private unstarted: number;
  /** Resolves once every worker the pool began with is ready (its code loaded) or has stopped. */
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor(private readonly options: PoolOptions) {
    // 32 a message used no less CPU here and 100 MB more RSS with two workers (larger messages).
    this.batch = Math.max(1, options.batch ?? JOBS_AT_ONCE);
    this.unstarted = options.size;
    if (options.size === 0) this.markStarted();
    for (let k = 0; k < options.size; k++) this.slots.push(this.spawn(true));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs that may be in flight at once for the pool to stay busy. */
  get capacity(): number {
    return this.slots.length * this.batch * 2;
  }

  submit(job: Job): Promise<Outcome> {
    return new Promise((settle) => {
      this.queue.push({ id: this.nextId++, job, settle, alone: false });
      this.dispatch(false);
    });
  }

  /** Sends every queued job that a worker has room for, even in short batches (the caller is about to wait). */
  flush(): void {
    this.dispatch(true);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
  }

  private spawn(first = false): Slot {
    const worker = new Worker(this.options.entry, { argv: [WORKER_ARG], workerData: this.options.init, resourceLimits: { maxYoungGenerationSizeMb: this.options.youngGenerationMb ?? YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, held: [], error: null };
    let counted = !first;
    const started = (): void => {
      if (!counted && --this.unstarted === 0) this.markStarted();
      counted = true;
    };
    worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        started();
        return;
      }
      for (const { id, outcome } of m.results) {
        const k = slot.held.findIndex((p) => p.id === id);
        if (k === -1) continue;
        const [p] = slot.held.splice(k, 1);
        p!.settle(outcome);
      }
      this.dispatch(false);
    });
    worker.on('error', (err) => {
      slot.error = err.message.split('\n')[0] ?? String(err);
    });
    worker.on('exit', (code) => {
      started();
      if (this.closing) return;
      this.replace(slot, slot.error ?? `worker stopped (exit code ${code})`);
    });
    return slot;
  }

  /**
   * A worker stopped. A worker runs the jobs it holds several at a time and answers them
   * together, so which one it was running is known only when it held one, or ran the first it
   * held alone: that job fails. Otherwise none fails yet, and all go back to run alone. Jobs that
   * go back go to the front of the queue for a new worker, started only when there is a job for
   * it (so a worker that cannot start fails one job per attempt after the first, never loops).
   */
  private replace(dead: Slot, why: string): void {
    const k = this.slots.indexOf(dead);
    if (k === -1) return;
    const held = dead.held;
    dead.held = [];
    const known = held.length === 1 || held[0]?.alone === true;
    const running = known ? held[0] : undefined;
    const rest = known ? held.slice(1) : held;
    for (const p of rest) p.alone = true;
    this.queue.unshift(...rest);
    this.slots[k] = null;
    running?.settle({ ok: false, source: sourceOf(running.job), reason: internalError(new Error(why)) });
    this.dispatch(true);
  }

  private dispatch(partial: boolean): void {
    while (this.queue.length) {
      let k = 0;
      for (let j = 1; j < this.slots.length; j++) if (held(this.slots[j]) < held(this.slots[k])) k = j;
      const load = held(this.slots[k]);
      const room = this.batch * 2 - load;
      if (room <= 0) return;
      // A worker with work in hand can wait for a full batch; an idle one takes what there is.
      if (!partial && load > 0 && this.queue.length < this.batch) return;
      const slot = this.slots[k] ?? (this.slots[k] = this.spawn());
      // A batch of NDJSON lines carries their text: at most about 1 MB of it at a time. A job
      // to run alone goes in a message of its own.
      const alone = this.queue[0]!.alone;
      let n = 0;
      const most = alone ? 1 : Math.min(this.batch, room, this.queue.length);
      for (let chars = 0; n < most && !(n > 0 && (chars >= BATCH_CHARS || this.queue[n]!.alone)); n++) chars += jobSize(this.queue[n]!.job);
      const sent = this.queue.splice(0, n);
      slot.held.push(...sent);
      const message: JobBatch = { jobs: sent.map((p) => ({ id: p.id, job: p.job })), ...(alone ? { alone } : {}) };
      slot.worker.postMessage(message);
    }
  }
}

const held = (s: Slot | null | undefined): number => s?.held.length ?? 0;

const BATCH_CHARS = 1 << 20;
