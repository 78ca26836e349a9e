// A digest worker for --jobs: receives texts, answers with validated documents, in any order;
// the pool puts them back in input order.
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentDigestSchema } from '../digest/schema.js';
import { compileLexicon } from '../extract/lexicon.js';
import type { UserLexicon } from '../lexicon/types.js';
import { digestText } from '../pipeline.js';

export interface Job {
  id: number;
  text: string;
  source: string;
}

export type JobResult = { id: number; ok: true; document: unknown } | { id: number; ok: false; reason: string };

const lexicon = compileLexicon((workerData as { config?: UserLexicon } | null)?.config);

parentPort?.on('message', (job: Job) => {
  let result: JobResult;
  try {
    result = { id: job.id, ok: true, document: DocumentDigestSchema.parse(digestText(job.text, { source: job.source, lexicon })) };
  } catch (err) {
    result = { id: job.id, ok: false, reason: `internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
  parentPort?.postMessage(result);
});
