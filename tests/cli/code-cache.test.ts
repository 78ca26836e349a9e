// The launcher (bin/marketdigest.js) compiles each bundle with the V8 code cache the build made.
// V8 refuses a cache silently (the bundle then compiles from source, some 30 ms slower), for one
// when it was written under other V8 flags than a fresh start has: these checks compile each
// bundle in a fresh node exactly as the launcher does, under the flags the launcher sets before
// it (--no-regexp-tier-up for every bundle past the command line), and ask V8 whether it took
// the cache.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

const BUNDLES: [string, string[]][] = [
  ['cli', []],
  ['run', ['--no-regexp-tier-up']],
  ['zod', ['--no-regexp-tier-up']],
];

/** Compiles a bundle with its cache, as the launcher's load() does; prints whether V8 refused it. */
const probe = `
const { readFileSync } = require('node:fs');
const { Script } = require('node:vm');
const [file, ...flags] = process.argv.slice(1);
for (const flag of flags) require('node:v8').setFlagsFromString(flag);
const source = readFileSync(file, 'utf8');
const stamp = /\\/\\/# build ([0-9a-f]{16,64})\\s*$/.exec(source.slice(-100))?.[1];
const cache = readFileSync(file + '.cache');
if (!stamp || cache.subarray(0, stamp.length + 1).toString('latin1') !== stamp + '\\n') { console.log('stale'); process.exit(0); }
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: file, cachedData: cache.subarray(stamp.length + 1) });
console.log(script.cachedDataRejected ? 'rejected' : 'accepted');
`;

describe('the build', () => {
  it.each(BUNDLES)('makes a code cache for the %s bundle that a fresh start accepts', (name, flags) => {
    const file = `${ROOT}dist/bundle/${name}.cjs`;
    expect(existsSync(`${file}.cache`)).toBe(true);
    const r = spawnSync(process.execPath, ['-e', probe, file, ...flags], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('accepted');
  });
});
