#!/usr/bin/env node
// Timings of the contract check and of NDJSON rendering, this build against an earlier one (not
// a test; run by hand after `npm run build`):
//   node tests/digest/contract-timings.mjs BEFORE [--rounds N] [--starts N]
// BEFORE is a project root built from an earlier commit, with dist/, bin/ and node_modules/, e.g.
//   mkdir /tmp/before && git archive 5151217 | tar -x -C /tmp/before
//   ln -s "$PWD/node_modules" /tmp/before/ && (cd /tmp/before && npx tsc -p tsconfig.json)
// The fixture articles (fixtures/corpus/dev, fixtures/samples: the bench's set) are digested once
// with this build's digestText; then, in interleaved rounds (medians):
//   validate  zod's DocumentDigestSchema.parse (what BEFORE ran) vs checkDocument;
//   render    BEFORE's renderNdjsonLine vs this one's: the string alone, then with writing it to
//             /dev/null (fs.writeSync of the string, as stdout to a file does; and Buffer.from +
//             writeSync, as -o does);
//   start-up  `node -e "import(...)"` of dist/cli/run.js and of the checker module (BEFORE:
//             dist/digest/schema.js, the zod schema), `node -e 0`, and the CLI on a 2.9 KB
//             article (tokyo-close ×3, as the bench) in text and ndjson format.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const rounds = option('--rounds', 31);
const starts = option('--starts', 41);
const before = args[0] && resolve(args[0]);
if (!before) {
  console.error('usage: node tests/digest/contract-timings.mjs BEFORE [--rounds N] [--starts N]');
  process.exit(2);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const url = (dir, p) => pathToFileURL(join(dir, 'dist', p)).href;

const { digestText } = await import(url(root, 'pipeline.js'));
const { DocumentDigestSchema } = await import(url(root, 'digest/schema.js'));
const { checkDocument } = await import(url(root, 'digest/check.js'));
const after = (await import(url(root, 'render/json.js'))).renderNdjsonLine;
const old = (await import(url(before, 'render/json.js'))).renderNdjsonLine;

const docs = [];
for (const dir of ['fixtures/corpus/dev', 'fixtures/samples']) {
  for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
    docs.push(digestText(readFileSync(join(root, dir, f), 'utf8'), { source: `${dir}/${f}` }));
  }
}
for (const d of docs) {
  if (after(d) !== old(d)) throw new Error(`renderNdjsonLine differs on ${d.source}`);
  if (!checkDocument(d).ok) throw new Error(`checkDocument rejects ${d.source}`);
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(after(d)), 0) / docs.length;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 2) => x.toFixed(d).padStart(8);
const devNull = openSync('/dev/null', 'w');

/** Interleaved rounds of in-process cases; µs per document, median of rounds. */
function compare(cases, reps) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const entries = Object.entries(cases);
  const once = (f) => {
    const t = performance.now();
    for (let r = 0; r < reps; r++) for (const d of docs) f(d);
    return ((performance.now() - t) * 1000) / (reps * docs.length);
  };
  for (let i = 0; i < 3; i++) for (const [, f] of entries) once(f); // warm up
  for (let i = 0; i < rounds; i++) for (const [k, f] of i % 2 ? entries : [...entries].reverse()) times[k].push(once(f));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

console.log(`${docs.length} documents, ${fmt(bytes, 0).trim()} bytes of NDJSON each on average; ${rounds} interleaved rounds, medians`);
const v = compare({ zod: (d) => DocumentDigestSchema.parse(d), check: (d) => checkDocument(d) }, 50);
console.log(`validate  zod parse ${fmt(v.zod)} µs/doc   checkDocument ${fmt(v.check)} µs/doc   (${(v.zod / v.check).toFixed(1)}×)`);
const writeString = (f) => (d) => writeSync(devNull, f(d));
const writeBuffer = (f) => (d) => {
  const b = Buffer.from(f(d), 'utf8');
  writeSync(devNull, b, 0, b.length);
};
const r = compare({ old, after, oldW: writeString(old), afterW: writeString(after), oldB: writeBuffer(old), afterB: writeBuffer(after) }, 20);
for (const [label, a, b] of [['string', 'old', 'after'], ['+ writeSync(string)', 'oldW', 'afterW'], ['+ Buffer.from, writeSync', 'oldB', 'afterB']]) {
  console.log(`render    ${label.padEnd(26)} before ${fmt(r[a])} µs/doc   after ${fmt(r[b])} µs/doc   (${((1 - r[b] / r[a]) * 100).toFixed(0)}% less)`);
}

// Start-up: whole processes, interleaved, median wall time.
const tmp = mkdtempSync(join(tmpdir(), 'contract-timings-'));
const sample = readFileSync(join(root, 'fixtures/samples/tokyo-close.txt'));
const sample3k = join(tmp, 'tokyo-close-x3.txt');
writeFileSync(sample3k, Buffer.concat([sample, Buffer.from('\n'), sample, Buffer.from('\n'), sample]));
const imp = (dir, p) => ['-e', `import(${JSON.stringify(url(dir, p))})`];
const empty = join(tmp, 'empty.mjs');
writeFileSync(empty, '');
const commands = {
  floor: ['-e', '0'],
  'import an empty module': ['-e', `import(${JSON.stringify(pathToFileURL(empty).href)})`],
  'import run.js before': imp(before, 'cli/run.js'),
  'import run.js after': imp(root, 'cli/run.js'),
  'import digest/schema.js (zod)': imp(before, 'digest/schema.js'),
  'import digest/check.js': imp(root, 'digest/check.js'),
  'digest 2.9 KB before': [join(before, 'bin/marketdigest.js'), sample3k],
  'digest 2.9 KB after': [join(root, 'bin/marketdigest.js'), sample3k],
  'digest 2.9 KB ndjson before': [join(before, 'bin/marketdigest.js'), '--format', 'ndjson', sample3k],
  'digest 2.9 KB ndjson after': [join(root, 'bin/marketdigest.js'), '--format', 'ndjson', sample3k],
};
const ms = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const run = (argv) => {
  const t = performance.now();
  const p = spawnSync(process.execPath, argv, { cwd: root, stdio: ['ignore', devNull, 'pipe'] });
  if (p.status !== 0) throw new Error(`${argv.join(' ')}: exit ${p.status}: ${p.stderr}`);
  return performance.now() - t;
};
for (const argv of Object.values(commands)) run(argv); // warm the file cache
for (let i = 0; i < starts; i++) for (const [k, argv] of Object.entries(commands)) ms[k].push(run(argv));
rmSync(tmp, { recursive: true });
const floor = median(ms.floor);
// In one fresh process each: loading the module and the first check (lazy compilation included).
const first = (dir, module, fn, arg) => {
  const code = `const t = performance.now(); const m = await import(${JSON.stringify(url(dir, module))}); const t1 = performance.now(); m.${fn}(${arg}); const t2 = performance.now(); console.log(JSON.stringify([t1 - t, t2 - t1]));`;
  const runs = Array.from({ length: 11 }, () => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout));
  return [median(runs.map((r) => r[0])), median(runs.map((r) => r[1]))];
};
const doc = JSON.stringify(JSON.stringify(docs[0]));
const [zodLoad, zodFirst] = first(before, 'digest/schema.js', 'DocumentDigestSchema.parse', `JSON.parse(${doc})`);
const [checkLoad, checkFirst] = first(root, 'digest/check.js', 'checkDocument', `JSON.parse(${doc})`);
console.log(`first use, fresh process (median of 11): zod schema.js import ${zodLoad.toFixed(1)} ms + first parse ${zodFirst.toFixed(2)} ms; check.js import ${checkLoad.toFixed(1)} ms + first check ${checkFirst.toFixed(2)} ms`);
console.log(`start-up  (median of ${starts} runs each, interleaved)`);
for (const k of Object.keys(commands)) {
  const m = median(ms[k]);
  console.log(`  ${k.padEnd(32)} ${fmt(m, 1)} ms   ${k === 'floor' ? '' : `+${fmt(m - floor, 1).trim()} ms over node -e 0, ${(m / floor).toFixed(2)}× the floor`}`);
}
