// A --jobs worker that dies on a message holding a job whose path contains "crash-here", before
// it answers any job of that message, as a bug of ours or the runtime might kill a worker in the
// middle of a batch. It speaks the pool's protocol (ready, then the results of each message) and
// runs the other jobs with the real job code from the tsc build (npm test builds first), a
// message's jobs together, as the real worker does. Used by pool.test.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { processor } from '../../dist/cli/job.js';
import { compileLexicon } from '../../dist/extract/lexicon.js';
import { plain } from '../../dist/render/style.js';

const run = processor(workerData.spec, compileLexicon(workerData.config), plain);
parentPort.on('message', async (batch) => {
  if (batch.jobs.some(({ job }) => String(job.source).includes('crash-here'))) throw new Error('worker blew up');
  const outcomes = await run(batch.jobs.map(({ job }) => job));
  parentPort.postMessage({ results: batch.jobs.map(({ id }, k) => ({ id, outcome: outcomes[k] })) });
});
parentPort.postMessage({ ready: true });
