#!/usr/bin/env node
// Starts marketdigest. npm run build bundles the CLI into dist/bundle/ (cli.cjs: the command
// line; run.cjs: a run; zod.cjs) and makes a V8 code cache for each from a warm-up run; compiled
// here with its cache, a bundle starts without parsing or compiling most of its code. A cache is
// used only when its header names the build stamped at the end of its bundle, and V8 itself
// refuses a cache from another Node version or other flags: the bundle then still runs, compiled
// from source. Without bundles, the tsc output in dist/cli/ runs instead.
//
// --jobs worker threads start here too, and load run.cjs the same way. This file is CommonJS
// (bin/package.json says so): Node starts a CommonJS entry a few milliseconds sooner.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const dir = join(__dirname, '..', 'dist', 'bundle');
/** What a bundle requires that is another bundle. */
const BUNDLES = { './run.js': 'run', zod: 'zod' };
const STAMP = /\/\/# build ([0-9a-f]{16,64})\s*$/;
const loaded = new Map();
// A --jobs worker thread starts this file with this argument (src/cli/pool.ts), and only then
// is node:worker_threads, nearly two milliseconds of a start, worth loading to be sure.
const WORKER_ARG = '--marketdigest-worker-thread';
const isWorker = process.argv[2] === WORKER_ARG && !require('node:worker_threads').isMainThread;
// Says on stderr whether V8 took each bundle's cache (tests/cli/code-cache.test.ts).
const REPORT = process.env.MARKETDIGEST_CODE_CACHE_REPORT === '1';
// A run compiles each regex straight to machine code instead of interpreting it first and
// compiling it again on its second use: a 3 KB digest compiles some 50 patterns, and the second
// compilation cost it about 5 ms; long runs are as fast either way. Set when the first bundle
// past the command line loads (node:v8 costs --version a millisecond), and part of the flags
// each of those bundles' caches is stamped with. V8's flags are the process's: a worker finds
// it set by the thread that started it.
const RUN_FLAG = '--no-regexp-tier-up';
let runFlagSet = isWorker;

function bundleRequire(id) {
  const name = BUNDLES[id];
  return name ? load(name) : require(id);
}

function load(name) {
  const done = loaded.get(name);
  if (done) return done.module.exports;
  const file = join(dir, `${name}.cjs`);
  // The build makes every bundle pure ASCII, so Latin-1 reads it as UTF-8 would, only faster.
  const source = readFileSync(file, 'latin1');
  const stamp = STAMP.exec(source.slice(-100))?.[1];
  let cachedData;
  if (stamp) {
    try {
      const cache = readFileSync(`${file}.cache`);
      // The header: the build stamp, then a newline.
      if (cache.subarray(0, stamp.length + 1).toString('latin1') === `${stamp}\n`) cachedData = cache.subarray(stamp.length + 1);
    } catch {
      // no cache: compile from source
    }
  }
  if (name !== 'cli' && !runFlagSet) {
    require('node:v8').setFlagsFromString(RUN_FLAG);
    runFlagSet = true;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (REPORT) process.stderr.write(`marketdigest: code cache of ${name}.cjs: ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  const module = { exports: {} };
  loaded.set(name, { module, script, stamp, runFlag: runFlagSet });
  script.runInThisContext()(module.exports, bundleRequire, module, file, dir);
  return module.exports;
}

if (process.env.MARKETDIGEST_WRITE_CODE_CACHE === '1' && !isWorker) {
  // The build's warm-up runs: each bundle's cache, once the run has compiled what it used.
  process.once('exit', () => {
    // V8 stamps a cache with the hash of the flags in force and refuses it under others. A long
    // run turns --heap-growing-percent up (settleHeaps in src/cli/run.ts); a fresh start has the
    // default, 0, so it goes back to that first, or every start would compile from source. Each
    // cache gets the flags its bundle was compiled under: RUN_FLAG or not.
    const v8 = require('node:v8');
    v8.setFlagsFromString('--heap-growing-percent=0');
    for (const [name, { script, stamp, runFlag }] of loaded) {
      if (!stamp) continue;
      v8.setFlagsFromString(runFlag ? RUN_FLAG : '--regexp-tier-up');
      const file = join(dir, `${name}.cjs.cache`);
      writeFileSync(`${file}.tmp`, Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
      renameSync(`${file}.tmp`, file);
    }
  });
}

let cli = null;
try {
  cli = load(isWorker ? 'run' : 'cli');
} catch (err) {
  // No bundle (only tsc has run): the unbundled CLI.
  if (err.code !== 'ENOENT' || loaded.size > 0) throw err;
}
if (isWorker) {
  if (cli) cli.startWorker();
  else import('../dist/cli/worker-entry.js');
} else if (cli) {
  cli.main(process.argv, { workerEntry: pathToFileURL(__filename) });
} else {
  import('../dist/cli/main.js').then(({ main }) => main(process.argv));
}
