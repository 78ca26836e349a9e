// The entry of dist/bundle/run.cjs, the part of the bundled CLI that does a run: what main.ts
// loads once the options are parsed, and what a --jobs worker thread starts.
export { abortAllOutputs, run } from './run.js';

/** A --jobs worker thread's start: worker.ts (and node:worker_threads) load only there. */
export async function startWorker(): Promise<void> {
  await (await import('./worker.js')).startWorker();
}
