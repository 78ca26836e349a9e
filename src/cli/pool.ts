// --jobs N: documents are digested in worker threads and handed back in input order. At most a
// few documents per worker are in flight, so memory stays flat on long streams.
import { Worker } from 'node:worker_threads';
import type { DocumentDigest } from '../digest/schema.js';
import type { FileResult } from '../input/files.js';
import type { UserLexicon } from '../lexicon/types.js';
import type { Job, JobResult } from './worker.js';

export interface TextInput {
  source: string;
  text: string;
  warnings: string[];
  bytes: number;
}

export class DigestPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: JobResult) => void>();
  private next = 0;
  private turn = 0;

  constructor(size: number, config: UserLexicon | undefined) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { config } });
      w.on('message', (r: JobResult) => {
        this.waiting.get(r.id)?.(r);
        this.waiting.delete(r.id);
      });
      // A worker that dies fails the documents it held; the others go on.
      w.on('error', (err) => {
        for (const [id, settle] of this.waiting) settle({ id, ok: false, reason: `internal error: ${err.message}` });
        this.waiting.clear();
      });
      return w;
    });
  }

  digest(input: TextInput): Promise<FileResult> {
    const id = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    return new Promise((resolve) => {
      this.waiting.set(id, (r) => {
        if (r.ok) resolve({ source: input.source, ok: true, document: r.document as DocumentDigest, warnings: input.warnings, bytes: input.bytes });
        else resolve({ source: input.source, ok: false, reason: r.reason });
      });
      const job: Job = { id, text: input.text, source: input.source };
      worker.postMessage(job);
    });
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Results in input order, with at most `inFlight` documents being digested at once. */
export async function* inOrder(
  inputs: AsyncIterable<TextInput | Extract<FileResult, { ok: false }>>,
  pool: DigestPool,
  inFlight = pool.size * 4,
): AsyncGenerator<FileResult> {
  const queue: Promise<FileResult>[] = [];
  for await (const input of inputs) {
    queue.push('text' in input ? pool.digest(input) : Promise.resolve(input));
    if (queue.length >= inFlight) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
