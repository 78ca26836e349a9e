#!/usr/bin/env node
// npm run bench: start-up, end-to-end and per-stage throughput of marketdigest, the same text
// through three NLP peers, peak memory and linear growth, side by side in one run. Prints a
// table and writes every figure to bench/results/latest.json.
//
// The peers are this folder's own dependencies (bench/package.json), installed here on first
// use, so they never enter the product's dependencies. Sizes are overridable, see ENVIRONMENT
// below or bench/README.md. MB are 10^6 bytes.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync,
  readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, devNull, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPlan, entryPath, fixtureArticles, MB } from './lib/corpus.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const bin = join(root, 'bin', 'marketdigest.js');
const node = process.execPath;
const startedAt = new Date();

// ── ENVIRONMENT ───────────────────────────────────────────────────────────────────────────────
function envNumber(name, def, { min = 0 } = {}) {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) fatal(`${name} must be a number ≥ ${min}, not '${v}'`);
  return n;
}
function envList(name, def) {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}
const cfg = {
  corpusMB: envNumber('BENCH_MB', 20, { min: 0.1 }), // the corpus: a directory and one stream
  startupRuns: envNumber('BENCH_STARTUP_RUNS', 11, { min: 1 }), // per start-up command (median)
  e2eRuns: envNumber('BENCH_E2E_RUNS', 1, { min: 1 }), // per end-to-end case (median)
  linearMB: envList('BENCH_LINEAR_MB', ['5', '20', '80']).map(Number), // sizes for linear growth
  linearRuns: envNumber('BENCH_LINEAR_RUNS', 3, { min: 1 }), // runs of the smallest size (median)
  compromiseMB: envNumber('BENCH_COMPROMISE_MB', 1), // sample per peer (0 skips the peer)
  winkMB: envNumber('BENCH_WINK_MB', 4),
  recognizersKB: envNumber('BENCH_RECOGNIZERS_KB', 200),
  recognizersSuiteKB: envNumber('BENCH_RECOGNIZERS_SUITE_KB', 10),
  stages: process.env.BENCH_STAGES !== '0',
  defaultJobs: process.env.BENCH_DEFAULT_JOBS !== '0', // also the CLI's default --jobs, if it has one
  ndjsonInput: process.env.BENCH_NDJSON_INPUT === '1', // also --input-format ndjson, if it has one
  keepTmp: process.env.BENCH_KEEP_TMP === '1',
};
if (cfg.linearMB.some((n) => !Number.isFinite(n) || n <= 0) || cfg.linearMB.length < 2)
  fatal(`BENCH_LINEAR_MB must list two or more sizes in MB, not '${process.env.BENCH_LINEAR_MB}'`);
cfg.linearMB.sort((a, b) => a - b);

function fatal(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}
const log = (s) => process.stderr.write(`bench: ${s}\n`);

// ── PRE-FLIGHT ────────────────────────────────────────────────────────────────────────────────
const STAGE_MODULES = ['text/decode.js', 'text/segment.js', 'extract/index.js', 'link/index.js', 'digest/build.js', 'render/json.js'];
for (const m of ['cli/main.js', ...STAGE_MODULES])
  if (!existsSync(join(root, 'dist', m))) fatal(`dist/${m} is missing: build first (npm ci, or npm run build)`);

const peerDeps = {
  compromise: ['compromise'],
  wink: ['wink-nlp', 'wink-eng-lite-web-model'],
  recognizers: ['@microsoft/recognizers-text-suite', '@microsoft/recognizers-text-number', '@microsoft/recognizers-text-number-with-unit'],
  'recognizers-suite': ['@microsoft/recognizers-text-suite'],
};
const install = { ran: false, ok: null, output: '' };
if (!existsSync(join(benchDir, 'node_modules'))) {
  log('bench/node_modules is absent: npm install --prefix bench --no-audit --no-fund');
  const r = spawnSync('npm', ['install', '--prefix', 'bench', '--no-audit', '--no-fund'], {
    cwd: root, encoding: 'utf8', shell: process.platform === 'win32',
  });
  install.ran = true;
  install.ok = r.status === 0;
  install.output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim().split('\n').slice(-5).join('\n');
  if (!install.ok) log(`npm install failed (peers that did not install are skipped):\n${install.output}`);
}
const benchRequire = createRequire(join(benchDir, 'package.json'));
const missingDeps = (peer) =>
  peerDeps[peer].filter((d) => {
    try {
      benchRequire.resolve(d);
      return false;
    } catch {
      return true;
    }
  });

const tmp = mkdtempSync(join(tmpdir(), 'marketdigest-bench-'));
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (cfg.keepTmp) log(`corpus kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

function distHash() {
  const h = createHash('sha1');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) h.update(relative(root, p)).update(readFileSync(p));
    }
  };
  walk(join(root, 'dist'));
  return h.digest('hex').slice(0, 12);
}
function git(args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}
const meta = {
  date: startedAt.toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? null,
  gitHead: git(['rev-parse', '--short', 'HEAD']),
  gitDirty: (git(['status', '--porcelain', '--', 'src', 'bin', 'package.json']) ?? '').split('\n').filter(Boolean).length,
  distHashStart: distHash(),
  loadavg: { start: loadavg()[0] },
  version: spawnSync(node, [bin, '--version'], { encoding: 'utf8' }).stdout.trim(),
  peakRssSource: existsSync('/usr/bin/time') ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in the CLI process',
};
const help = spawnSync(node, [bin, '--help'], { encoding: 'utf8' }).stdout ?? '';
const cli = { jobs: /--jobs\b/.test(help), inputFormat: /--input-format\b/.test(help) };
const single = cli.jobs ? ['--jobs', '1'] : []; // the targets are single-threaded

// ── CORPUS ────────────────────────────────────────────────────────────────────────────────────
const articles = fixtureArticles(root);
const sizesMB = [...new Set([cfg.corpusMB, ...cfg.linearMB])].sort((a, b) => a - b);
const largest = corpusPlan(articles, sizesMB[sizesMB.length - 1] * MB);
log(`writing a ${fmt(largest.bytes / MB, 1)} MB corpus (${largest.plan.length} files) under ${tmp}`);
const corpora = {}; // MB → { dir, bytes, files }
{
  const t0 = performance.now();
  const big = join(tmp, `dir-${sizesMB[sizesMB.length - 1]}mb`);
  let lastRep = -1;
  for (const e of largest.plan) {
    if (e.rep !== lastRep) mkdirSync(join(big, entryPath(e), '..'), { recursive: true });
    lastRep = e.rep;
    writeFileSync(join(big, entryPath(e)), e.bytes);
  }
  corpora[sizesMB[sizesMB.length - 1]] = { dir: big, bytes: largest.bytes, files: largest.plan.length };
  // Smaller sizes are prefixes of the largest plan: hard links, the same bytes on disk.
  for (const mb of sizesMB.slice(0, -1)) {
    const p = corpusPlan(articles, mb * MB);
    const dir = join(tmp, `dir-${mb}mb`);
    let lastRep = -1;
    for (const e of p.plan) {
      if (e.rep !== lastRep) mkdirSync(join(dir, entryPath(e), '..'), { recursive: true });
      lastRep = e.rep;
      try {
        linkSync(join(big, entryPath(e)), join(dir, entryPath(e)));
      } catch {
        copyFileSync(join(big, entryPath(e)), join(dir, entryPath(e)));
      }
    }
    corpora[mb] = { dir, bytes: p.bytes, files: p.plan.length };
  }
  meta.corpusWriteMs = performance.now() - t0;
}
const main = corpora[cfg.corpusMB];
const mainPlan = corpusPlan(articles, cfg.corpusMB * MB);
// One stream: the same articles, one after another, a blank line between them.
const streamFile = join(tmp, `stream-${cfg.corpusMB}mb.txt`);
{
  const parts = [];
  for (const e of mainPlan.plan) parts.push(e.bytes, Buffer.from('\n\n'));
  writeFileSync(streamFile, Buffer.concat(parts));
}
const streamBytes = statSync(streamFile).size;
let ndjsonFile = null;
if (cfg.ndjsonInput && cli.inputFormat) {
  ndjsonFile = join(tmp, `stream-${cfg.corpusMB}mb.ndjson`);
  writeFileSync(ndjsonFile, mainPlan.plan.map((e) => JSON.stringify({ id: entryPath(e), text: e.bytes.toString('utf8') })).join('\n') + '\n');
}
const sample = join(root, 'fixtures', 'samples', 'tokyo-close.txt');
// A ~3 KB article for the start-up row the target names: the sample three times over.
const sample3k = join(tmp, 'tokyo-close-x3.txt');
{
  const s = readFileSync(sample);
  writeFileSync(sample3k, Buffer.concat([s, Buffer.from('\n'), s, Buffer.from('\n'), s]));
}

// ── RUNNERS ───────────────────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const devNullFd = openSync(devNull, 'w');

/** Runs the CLI once: wall time (ms), peak RSS (KB), exit code. stdout goes to /dev/null. */
function runCli(args, { stdinFile } = {}) {
  return new Promise((resolve) => {
    const rssFile = join(tmp, 'rss.txt');
    rmSync(rssFile, { force: true });
    const useTime = existsSync('/usr/bin/time');
    const [cmd, argv] = useTime
      ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, node, bin, ...args]]
      : [node, [join(benchDir, 'lib', 'rss-wrapper.mjs'), bin, ...args]];
    const stdinFd = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
    let stderr = '';
    const load0 = loadavg()[0];
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: [stdinFd, devNullFd, 'pipe'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (typeof stdinFd === 'number') closeSync(stdinFd);
      let rssKB = null;
      try {
        rssKB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) || null;
      } catch {}
      if (code !== 0) log(`marketdigest ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      resolve({ ms, rssKB, code, load1: { before: load0, after: loadavg()[0] } });
    });
  });
}

async function throughput(label, args, bytes, runs, opts) {
  const rs = [];
  for (let i = 0; i < runs; i++) {
    log(`${label} (${i + 1}/${runs})`);
    rs.push(await runCli(args, opts));
  }
  return summarize(label, args, bytes, rs, opts);
}

function summarize(label, args, bytes, rs, opts) {
  const ms = median(rs.map((r) => r.ms));
  return {
    label,
    command: `marketdigest ${args.map((a) => (a.startsWith(tmp) ? `$TMP${a.slice(tmp.length)}` : a)).join(' ')}${opts?.stdinFile ? ` < $TMP${opts.stdinFile.slice(tmp.length)}` : ''}`,
    bytes,
    runs: rs,
    ms,
    mbps: bytes / MB / (ms / 1000),
    peakRssKB: Math.max(...rs.map((r) => r.rssKB ?? 0)) || null,
    ok: rs.every((r) => r.code === 0),
  };
}

function runChild(script, args) {
  const out = join(tmp, `result-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(node, [join(benchDir, 'lib', script), ...args, out], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  try {
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { ok: false, reason: `${script} exited ${r.status}: ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}` };
  }
}

// ── 1. START-UP ───────────────────────────────────────────────────────────────────────────────
const startupCmds = [
  { key: 'floor', label: 'node -e 0 (the floor)', argv: ['-e', '0'] },
  { key: 'version', label: 'marketdigest --version', argv: [bin, '--version'] },
  { key: 'digest', label: `marketdigest tokyo-close.txt (${statSync(sample).size} B)`, argv: [bin, sample], bytes: statSync(sample).size },
  { key: 'digest3k', label: `marketdigest tokyo-close ×3 (${statSync(sample3k).size} B)`, argv: [bin, sample3k], bytes: statSync(sample3k).size },
];
log(`start-up: ${startupCmds.length} commands × ${cfg.startupRuns} runs, interleaved`);
const startupTimes = Object.fromEntries(startupCmds.map((c) => [c.key, []]));
const startupCodes = {};
const once = (c) => {
  const t0 = performance.now();
  const r = spawnSync(node, c.argv, { cwd: root, stdio: ['ignore', devNullFd, 'pipe'] });
  const ms = performance.now() - t0;
  startupCodes[c.key] = r.status;
  return ms;
};
for (const c of startupCmds) once(c); // warm the file cache
for (let i = 0; i < cfg.startupRuns; i++) for (const c of startupCmds) startupTimes[c.key].push(once(c));
const startup = Object.fromEntries(
  startupCmds.map((c) => [c.key, { label: c.label, bytes: c.bytes ?? null, runs: startupTimes[c.key], medianMs: median(startupTimes[c.key]), exitCode: startupCodes[c.key] }]),
);
for (const s of Object.values(startup)) s.ratio = s.medianMs / startup.floor.medianMs;
meta.loadavg.afterStartup = loadavg()[0];

// ── 2. END TO END ─────────────────────────────────────────────────────────────────────────────
const e2e = {};
e2e.dir = await throughput(`directory, ${fmt(main.bytes / MB, 1)} MB in ${main.files} files${cli.jobs ? ', --jobs 1' : ''}`,
  ['--format', 'ndjson', ...single, main.dir], main.bytes, cfg.e2eRuns);
e2e.stream = await throughput(`one stream on stdin, ${fmt(streamBytes / MB, 1)} MB${cli.jobs ? ', --jobs 1' : ''}`,
  ['--format', 'ndjson', ...single, '-'], streamBytes, cfg.e2eRuns, { stdinFile: streamFile });
if (cli.jobs && cfg.defaultJobs)
  e2e.dirDefaultJobs = await throughput(`directory, default --jobs (${availableParallelism()} CPUs)`, ['--format', 'ndjson', main.dir], main.bytes, 1);
if (ndjsonFile)
  e2e.ndjsonInput = await throughput(`NDJSON on stdin (--input-format ndjson)${cli.jobs ? ', --jobs 1' : ''}`,
    ['--format', 'ndjson', '--input-format', 'ndjson', ...single, '-'], statSync(ndjsonFile).size, 1, { stdinFile: ndjsonFile });
meta.loadavg.afterE2E = loadavg()[0];

// ── 3. STAGES, IN PROCESS ─────────────────────────────────────────────────────────────────────
let stages = null;
if (cfg.stages) {
  log(`stages in process over ${fmt(main.bytes / MB, 1)} MB`);
  stages = runChild('stages.mjs', [root, String(cfg.corpusMB * MB)]);
  meta.loadavg.afterStages = loadavg()[0];
}

// ── 4. PEERS ──────────────────────────────────────────────────────────────────────────────────
const peerPlan = [
  { key: 'compromise', bytes: cfg.compromiseMB * MB },
  { key: 'wink', bytes: cfg.winkMB * MB },
  { key: 'recognizers', bytes: cfg.recognizersKB * 1e3 },
  { key: 'recognizers-suite', bytes: cfg.recognizersSuiteKB * 1e3, info: true },
];
const peers = {};
for (const p of peerPlan) {
  if (p.bytes <= 0) {
    peers[p.key] = { ok: false, skipped: true, reason: 'disabled by its size variable (0)', info: p.info };
    continue;
  }
  const missing = missingDeps(p.key);
  if (missing.length) {
    peers[p.key] = { ok: false, skipped: true, reason: `not installed: ${missing.join(', ')}${install.ok === false ? ' (npm install failed)' : ''}`, info: p.info };
    continue;
  }
  log(`peer ${p.key} on ${fmt(p.bytes / MB, 2)} MB`);
  peers[p.key] = { ...runChild('peer.mjs', [p.key, root, String(p.bytes)]), info: p.info };
}
meta.loadavg.afterPeers = loadavg()[0];

// ── 5. LINEAR GROWTH, PEAK RSS ────────────────────────────────────────────────────────────────
// All sizes in one phase, back to back, the smallest at the start, between and at the end
// (BENCH_LINEAR_RUNS times), so that they share the machine's conditions: 5, 20, 5, 80, 5.
const linearSeq = [];
{
  const [first, ...others] = cfg.linearMB;
  const chunks = Math.max(1, cfg.linearRuns - 1);
  for (let i = 0; i < cfg.linearRuns; i++) {
    linearSeq.push(first);
    const from = Math.round((i * others.length) / chunks);
    const to = Math.round(((i + 1) * others.length) / chunks);
    if (i < chunks) linearSeq.push(...others.slice(from, to));
  }
}
const linearRuns = Object.fromEntries(cfg.linearMB.map((mb) => [mb, []]));
for (const [i, mb] of linearSeq.entries()) {
  log(`linear growth: ${mb} MB directory (${i + 1}/${linearSeq.length})`);
  linearRuns[mb].push(await runCli(['--format', 'ndjson', ...single, corpora[mb].dir]));
}
const linear = cfg.linearMB.map((mb) =>
  summarize(`${mb} MB directory`, ['--format', 'ndjson', ...single, corpora[mb].dir], corpora[mb].bytes, linearRuns[mb]),
);
for (const [i, mb] of cfg.linearMB.entries()) linear[i].mb = mb;
const small = linear[0];
const bigL = linear[linear.length - 1];
const factor = bigL.mb / small.mb;
const linearity = {
  sizesMB: cfg.linearMB,
  factor,
  ratio: bigL.ms / (factor * small.ms), // t80 / (16 × t5)
  ratioPerByte: bigL.ms / bigL.bytes / (small.ms / small.bytes),
  // The same with the fixed cost of a run (the start-up of a one-article digest) taken out.
  ratioWithoutStartup: (bigL.ms - startup.digest.medianMs) / (factor * (small.ms - startup.digest.medianMs)),
};
meta.loadavg.end = loadavg()[0];
meta.distHashEnd = distHash();
meta.distChanged = meta.distHashStart !== meta.distHashEnd;
meta.elapsedS = (Date.now() - startedAt.getTime()) / 1000;

// ── RESULTS ───────────────────────────────────────────────────────────────────────────────────
const measuredPeers = Object.entries(peers).filter(([, p]) => p.ok);
for (const [, p] of measuredPeers) p.oursE2EOverPeer = e2e.dir.mbps / p.mbps;
const fastest = measuredPeers.filter(([, p]) => !p.info).sort((a, b) => b[1].mbps - a[1].mbps)[0];
const targets = [
  { name: '--version ≤ 1.5× the floor', value: startup.version.ratio, unit: '×', holds: startup.version.ratio <= 1.5 },
  { name: '3 KB digest ≤ 2× the floor (tokyo-close.txt)', value: startup.digest.ratio, unit: '×', holds: startup.digest.ratio <= 2 },
  { name: '  same, a 2.9 KB article (tokyo-close ×3)', value: startup.digest3k.ratio, unit: '×', holds: startup.digest3k.ratio <= 2 },
  { name: '≥ 30 MB/s end to end, single-threaded (directory)', value: e2e.dir.mbps, unit: 'MB/s', holds: e2e.dir.mbps >= 30 && e2e.dir.ok },
  { name: '  same, one stream on stdin', value: e2e.stream.mbps, unit: 'MB/s', holds: e2e.stream.mbps >= 30 && e2e.stream.ok },
  fastest
    ? { name: `≥ 10× the fastest peer (${fastest[0]})`, value: fastest[1].oursE2EOverPeer, unit: '×', holds: fastest[1].oursE2EOverPeer >= 10 }
    : { name: '≥ 10× the fastest peer', value: null, unit: '×', holds: null, note: 'no peer measured' },
  {
    // Growth no worse than linear: below 1 means the larger input ran faster per byte.
    name: `t${bigL.mb} ≤ 1.1 × ${factor} × t${small.mb} (linear growth)`,
    value: linearity.ratio,
    unit: '×',
    holds: linearity.ratio <= 1.1,
  },
];

const results = { meta, config: cfg, cli, install, corpus: { distinctArticles: articles.length, sizes: corpora, stream: { bytes: streamBytes } }, startup, e2e, stages, peers, linearity, linear, targets };
for (const c of Object.values(results.corpus.sizes)) c.dir = relative(tmp, c.dir);
mkdirSync(join(benchDir, 'results'), { recursive: true });
writeFileSync(join(benchDir, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

// ── TABLE ─────────────────────────────────────────────────────────────────────────────────────
function fmt(n, d = 2) {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const loadOf = (r) => fmt(Math.max(...r.runs.flatMap((x) => [x.load1.before, x.load1.after])), 1);
const mbRss = (kb) => (kb ? `${fmt(kb / 1024, 0)} MB` : '—');
const out = [];
const line = (...cols) => out.push(cols.join(''));
const L = 52;

out.push(`marketdigest ${meta.version} bench — ${meta.date}, Node ${meta.node}, ${meta.cpus} CPUs (${meta.cpuModel ?? '?'})`);
out.push(`git ${meta.gitHead ?? '?'}${meta.gitDirty ? ` + ${meta.gitDirty} uncommitted file(s) in src/bin/package.json` : ''}, dist ${meta.distHashStart}${meta.distChanged ? ` → ${meta.distHashEnd} (dist/ CHANGED during the run)` : ''}`);
out.push(`load average (1 min): ${fmt(meta.loadavg.start)} at start, ${fmt(meta.loadavg.end)} at end${Math.max(...Object.values(meta.loadavg)) > meta.cpus * 0.75 ? '  — other processes were competing for the CPUs' : ''}`);
out.push(`corpus: ${articles.length} distinct articles (fixtures/corpus/dev, fixtures/samples) repeated; MB = 10^6 bytes`);
out.push('');
line(pad(`Start-up (median of ${cfg.startupRuns})`, L), lpad('ms', 10), lpad('× floor', 10));
for (const s of Object.values(startup)) line(pad(`  ${s.label}`, L), lpad(fmt(s.medianMs, 1), 10), lpad(fmt(s.ratio), 10), s.exitCode ? `  exit ${s.exitCode}` : '');
out.push('');
line(pad(`End to end, --format ndjson > /dev/null${cfg.e2eRuns > 1 ? ` (median of ${cfg.e2eRuns})` : ''}`, L), lpad('MB', 8), lpad('s', 8), lpad('MB/s', 8), lpad('peak RSS', 10), lpad('load', 6));
for (const r of Object.values(e2e))
  line(pad(`  ${r.label}`, L), lpad(fmt(r.bytes / MB, 1), 8), lpad(fmt(r.ms / 1000), 8), lpad(fmt(r.mbps), 8), lpad(mbRss(r.peakRssKB), 10), lpad(loadOf(r), 6), r.ok ? '' : '  FAILED');
out.push('');
if (stages?.stages) {
  line(pad(`Stages in process (${fmt(stages.bytes / MB, 1)} MB, ${stages.documents} documents)`, L), lpad('s', 8), lpad('MB/s', 10), lpad('share', 8));
  const names = {
    decode: 'decode (bytes → text)', normalize: 'decode: normalize', segment: 'segment', extract: 'extract', link: 'link',
    digest: 'digest (buildDocument)', validate: 'digest: validate (zod)', render: 'render (renderNdjsonLine)',
  };
  for (const [k, s] of Object.entries(stages.stages))
    line(pad(`  ${names[k] ?? k}`, L), lpad(fmt(s.ms / 1000), 8), lpad(fmt(s.mbps), 10), lpad(`${fmt((100 * s.ms) / stages.totalStageMs, 1)}%`, 8));
  line(pad('  all stages', L), lpad(fmt(stages.totalStageMs / 1000), 8), lpad(fmt(stages.totalMbps), 10));
  if (stages.lexiconCompileMs !== null) out.push(`  (the lexicon compiles once per run: ${fmt(stages.lexiconCompileMs, 1)} ms, not in the figures)`);
  out.push('');
} else if (stages) out.push(`Stages: not measured — ${stages.reason}`, '');
line(pad('Peers (same articles, one call per article)', L), lpad('sample', 9), lpad('MB/s', 10), lpad('ours e2e ÷ peer', 17), lpad('load', 9));
const peerNames = { compromise: 'compromise', wink: 'wink-nlp + lite model', recognizers: 'Recognizers-Text (models reused)', 'recognizers-suite': 'Recognizers-Text (suite one-shot calls)' };
for (const [k, p] of Object.entries(peers)) {
  if (!p.ok) {
    line(pad(`  ${peerNames[k]}`, L), `  skipped: ${p.reason}`);
    continue;
  }
  line(pad(`  ${peerNames[k]}`, L), lpad(`${fmt(p.bytes / 1e3, 0)} KB`, 9), lpad(fmt(p.mbps, 4), 10), lpad(`${fmt(p.oursE2EOverPeer, 1)}×`, 17), lpad(`${fmt(p.loadMs, 0)} ms`, 9));
}
out.push(`  ours end to end: ${fmt(e2e.dir.mbps)} MB/s (directory, single thread)${stages?.totalMbps ? `; in process, all stages: ${fmt(stages.totalMbps)} MB/s` : ''}`);
out.push('');
line(pad(`Linear growth (run order ${linearSeq.join(', ')} MB)`, L), lpad('MB', 8), lpad('s', 8), lpad('MB/s', 8), lpad('peak RSS', 10), lpad('load', 6));
for (const r of linear)
  line(pad(`  ${r.mb} MB${r.runs.length > 1 ? ` (median of ${r.runs.length})` : ''}`, L), lpad(fmt(r.bytes / MB, 1), 8), lpad(fmt(r.ms / 1000), 8), lpad(fmt(r.mbps), 8), lpad(mbRss(r.peakRssKB), 10), lpad(loadOf(r), 6));
out.push(`  (load: the highest 1-minute load average seen at the start or end of its runs; ${meta.cpus} CPUs)`);
out.push(`  t${bigL.mb} / (${factor} × t${small.mb}) = ${fmt(linearity.ratio, 3)}; per byte ${fmt(linearity.ratioPerByte, 3)}; less the start-up of one digest (${fmt(startup.digest.medianMs, 0)} ms) from each: ${fmt(linearity.ratioWithoutStartup, 3)}`);
out.push('');
out.push('Targets');
for (const t of targets)
  line(pad(`  ${t.name}`, L), lpad(`${fmt(t.value, t.unit === 'MB/s' ? 2 : 2)}${t.unit === '×' ? '×' : ` ${t.unit}`}`, 14), '   ', t.holds === null ? 'not measured' : t.holds ? 'holds' : 'DOES NOT HOLD');
out.push('');
out.push(`${fmt(meta.elapsedS, 0)} s in all; figures in ${relative(root, join(benchDir, 'results', 'latest.json'))}`);
process.stdout.write(`${out.join('\n')}\n`);
