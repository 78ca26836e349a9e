// A --jobs worker that dies on a job whose path contains "crash-here", as a bug of ours or the
// runtime might kill a worker. It speaks the pool's protocol (ready, then results per batch)
// and runs the other jobs with the real job code from the tsc build (npm test builds first).
// Used by pool.test.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { processor } from '../../dist/cli/job.js';
import { compileLexicon } from '../../dist/extract/lexicon.js';
import { plain } from '../../dist/render/style.js';

const run = processor(workerData.spec, compileLexicon(workerData.config), plain);
parentPort.on('message', async (batch) => {
  const results = [];
  for (const { id, job } of batch.jobs) {
    if (String(job.source).includes('crash-here')) throw new Error('worker blew up');
    results.push({ id, outcome: (await run([job]))[0] });
  }
  parentPort.postMessage({ results });
});
parentPort.postMessage({ ready: true });
