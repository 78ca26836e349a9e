// npm run build, after tsc and scripts/freeze-tables.mjs: bundles the CLI with esbuild into
// three CommonJS files in dist/bundle/, and writes a V8 code cache for each. Start-up was mostly
// loading: ~60 ES modules and their dependencies take longer to find, read, link and compile
// than to run. A bundle compiled by bin/marketdigest.js from its cache skips nearly all of that.
//
// - cli.cjs: the command line (main.ts and commander), all that --version and --help load.
// - run.cjs: a run and everything it uses (also where --jobs workers start).
// - zod.cjs: zod, needed only to check a config file, print the schema, and so on.
// Each bundle ends with a build stamp (a hash of its text) that its cache repeats in its header:
// the launcher uses a cache only for the bundle it was made from. The caches are made by
// warm-up runs, so they hold the code a digest runs, not only the code that runs at load.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}dist/bundle/`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The other bundles, as the launcher's require hands them out. */
const BUNDLED_ELSEWHERE = { name: 'bundled-elsewhere', setup(b) { b.onResolve({ filter: /^\.\/run\.js$/ }, (a) => ({ path: a.path, external: true })); } };
/** The tables scripts/freeze-tables.mjs wrote into dist/ (the gazetteer's trie, the lexicon's stems), not the source's placeholders. */
const FROZEN_TABLES = {
  name: 'frozen-tables',
  setup(b) {
    b.onResolve({ filter: /\/gazetteer-frozen\.js$/ }, () => ({ path: `${root}dist/extract/gazetteer-frozen.js` }));
    b.onResolve({ filter: /\/stems-frozen\.js$/ }, () => ({ path: `${root}dist/link/stems-frozen.js` }));
  },
};
/**
 * commander requires node:child_process as it loads, to run subcommands that are executables of
 * their own, which marketdigest has none of; that module (and net, dgram) cost every start about
 * two milliseconds. The command line gets it on first use instead.
 */
const LAZY_CHILD_PROCESS = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (a) => (a.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  // No comments or indentation: a smaller source to read, and pure ASCII (charset 'ascii' escapes
  // the rest), which the launcher reads as Latin-1 into a one-byte string, faster than UTF-8.
  minifyWhitespace: true,
  charset: 'ascii',
  logLevel: 'warning',
  external: ['zod'],
  // import() of another bundle becomes a require, which the launcher answers.
  supported: { 'dynamic-import': false },
  // The tsc build finds its worker entry by import.meta.url; the bundle is told where by the launcher.
  logOverride: { 'empty-import-meta': 'silent' },
};
await build({ ...common, entryPoints: [`${root}src/cli/main.ts`], outfile: `${out}cli.cjs`, plugins: [BUNDLED_ELSEWHERE, LAZY_CHILD_PROCESS] });
await build({ ...common, entryPoints: [`${root}src/cli/bundle-run.ts`], outfile: `${out}run.cjs`, plugins: [FROZEN_TABLES] });
await build({ ...common, external: [], entryPoints: ['zod'], outfile: `${out}zod.cjs`, absWorkingDir: root });
for (const name of ['cli', 'run', 'zod']) {
  const file = `${out}${name}.cjs`;
  const text = readFileSync(file, 'utf8');
  // A regex literal keeps its characters as written: a non-ASCII one must be spelt \uXXXX.
  const wide = /[^\x00-\x7f]/.exec(text);
  if (wide) throw new Error(`build-bundle: ${name}.cjs is not ASCII (U+${wide[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, wide.index - 40), wide.index + 10))}); the launcher reads it as Latin-1`);
  writeFileSync(file, `${text}//# build ${createHash('sha256').update(text).digest('hex').slice(0, 32)}\n`);
}

// Warm-ups, each writing the caches of the bundles it loaded: the schema (zod), then the default
// text format over the samples and the annotated articles (the command line and a run).
const warmUps = [['schema'], ['--jobs', '1', '--no-color', `${root}fixtures/samples`, `${root}fixtures/corpus/dev`]];
for (const args of warmUps) {
  const warm = spawnSync(process.execPath, [`${root}bin/marketdigest.js`, ...args], {
    cwd: root,
    env: { ...process.env, MARKETDIGEST_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Without its cache a bundle still runs, only compiled from source.
  if (warm.status !== 0) process.stderr.write(`build-bundle: warm-up 'marketdigest ${args[0]}' exited ${warm.status}\n`);
}
