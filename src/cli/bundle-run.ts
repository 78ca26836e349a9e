// The entry of dist/bundle/run.cjs, the part of the bundled CLI that does a run: what main.ts
// loads once the options are parsed, and what a --jobs worker thread starts.
export { abortAllOutputs, run } from './run.js';
export { startWorker } from './worker.js';
