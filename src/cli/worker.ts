// A digest worker for --jobs: receives texts, answers with validated documents, in any order;
// the pool puts them back in input order.
import { parentPort, workerData } from 'node:worker_threads';
import { digestChecked } from '../digest/validated.js';
import { compileLexicon } from '../extract/lexicon.js';
import type { UserLexicon } from '../lexicon/types.js';

export interface Job {
  id: number;
  text: string;
  source: string;
}

export type JobResult = { id: number; ok: true; document: unknown } | { id: number; ok: false; reason: string };

const lexicon = compileLexicon((workerData as { config?: UserLexicon } | null)?.config);

parentPort?.on('message', (job: Job) => {
  const checked = digestChecked(job.text, job.source, lexicon);
  const result: JobResult = checked.ok ? { id: job.id, ok: true, document: checked.document } : { id: job.id, ok: false, reason: checked.reason };
  parentPort?.postMessage(result);
});
