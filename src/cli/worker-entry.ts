// The worker thread's entry in the tsc build (dist/cli/worker-entry.js); the bundled CLI starts
// its workers through bin/marketdigest.js instead.
import { startWorker } from './worker.js';

await startWorker();
