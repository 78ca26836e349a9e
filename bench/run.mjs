#!/usr/bin/env node
// npm run bench: start-up, end-to-end throughput (one thread, --jobs 2, the default --jobs),
// per-stage throughput, the same text through three NLP peers, linear growth, and peak memory
// on a long NDJSON stream fed by a generator, side by side in one run; then every target of
// issue 5 with its value and whether it holds. Prints a table and writes every figure to
// bench/results/latest.json (BENCH_RESULTS elsewhere).
//
// The peers are this folder's own dependencies (bench/package.json), installed here on first
// use, so they never enter the product's dependencies. Sizes are overridable, see ENVIRONMENT
// below or bench/README.md. MB are 10^6 bytes, GB 10^9.
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
function envChoice(name, choices, def) {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  if (!choices.includes(v)) fatal(`${name} must be one of ${choices.join(', ')}, not '${v}'`);
  return v;
}
const cfg = {
  corpusMB: envNumber('BENCH_MB', 20, { min: 0.1 }), // the corpus: a directory and one stream
  startupRuns: envNumber('BENCH_STARTUP_RUNS', 21, { min: 1 }), // per start-up command (median); this machine's starts vary by ±10–20 %
  e2eRuns: envNumber('BENCH_E2E_RUNS', 1, { min: 1 }), // per end-to-end case (median)
  linearMB: envList('BENCH_LINEAR_MB', ['5', '20', '80']).map(Number), // sizes for linear growth
  linearRuns: envNumber('BENCH_LINEAR_RUNS', 3, { min: 1 }), // runs of the smallest size (median)
  compromiseMB: envNumber('BENCH_COMPROMISE_MB', 1), // sample per peer (0 skips the peer)
  winkMB: envNumber('BENCH_WINK_MB', 4),
  recognizersKB: envNumber('BENCH_RECOGNIZERS_KB', 50), // 50 KB holds every distinct article once
  recognizersSuiteKB: envNumber('BENCH_RECOGNIZERS_SUITE_KB', 10),
  stages: process.env.BENCH_STAGES !== '0',
  jobs2: process.env.BENCH_JOBS2 !== '0', // the directory with --jobs 2 too, if the CLI has --jobs
  pair: process.env.BENCH_PAIR !== '0', // two --jobs 1 processes at once, each on half the directory: the ceiling for --jobs 2
  defaultJobs: process.env.BENCH_DEFAULT_JOBS !== '0', // also the CLI's default --jobs, if it has one
  ndjsonInput: process.env.BENCH_NDJSON_INPUT !== '0', // the corpus as one NDJSON stream on stdin, if the CLI reads one
  ndjsonGB: envNumber('BENCH_NDJSON_GB', 1), // the long NDJSON stream from a generator (0 skips it)
  ndjsonDefaultJobs: envChoice('BENCH_NDJSON_DEFAULT_JOBS', ['auto', '0', '1'], '1'), // its default --jobs run: the issue's own command
  ndjsonBudgetS: envNumber('BENCH_NDJSON_BUDGET_S', 300), // auto: only if the --jobs 1 run took ≤ this
  results: process.env.BENCH_RESULTS || join(benchDir, 'results', 'latest.json'),
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
// The CLI is required; the stage harness reports its own missing modules and exports.
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) fatal('dist/cli/main.js is missing: build first (npm ci, or npm run build)');

const peerDeps = {
  compromise: ['compromise'],
  wink: ['wink-nlp', 'wink-eng-lite-web-model'],
  recognizers: ['@microsoft/recognizers-text-suite', '@microsoft/recognizers-text-number', '@microsoft/recognizers-text-number-with-unit'],
  'recognizers-suite': ['@microsoft/recognizers-text-suite'],
};
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
// The peers install into bench/node_modules on first run (or when one is missing), from the
// lockfile when there is one: the same versions on every machine.
const install = { ran: false, ok: null, command: null, output: '' };
const wanted = { compromise: cfg.compromiseMB, wink: cfg.winkMB, recognizers: cfg.recognizersKB, 'recognizers-suite': cfg.recognizersSuiteKB };
if (Object.entries(wanted).some(([peer, size]) => size > 0 && missingDeps(peer).length)) {
  const npm = (verb) => {
    const args = [verb, '--prefix', 'bench', '--no-audit', '--no-fund'];
    install.command = `npm ${args.join(' ')}`;
    log(`peers missing from bench/node_modules: ${install.command}`);
    const r = spawnSync('npm', args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    install.output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim().split('\n').slice(-5).join('\n');
    return r.status === 0;
  };
  install.ran = true;
  install.ok = (existsSync(join(benchDir, 'package-lock.json')) && npm('ci')) || npm('install');
  if (!install.ok) log(`npm install failed (peers that did not install are skipped):\n${install.output}`);
}

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
};
const help = spawnSync(node, [bin, '--help'], { encoding: 'utf8' }).stdout ?? '';
/** The help text of one option: its line and the indented lines after it, up to the next option. */
const optionHelp = (name) => help.match(new RegExp(`^ *(?:-\\w, )?${name}\\b.*(?:\\n(?! *-).*)*`, 'm'))?.[0].replace(/\s+/g, ' ') ?? null;
const jobsHelp = optionHelp('--jobs');
const cli = {
  jobs: jobsHelp !== null,
  // The default --jobs, as the help states it ("(default: 1)"); null if it does not say.
  defaultJobs: jobsHelp?.match(/\(default: *([^)]*?) *\)/)?.[1] ?? null,
  inputFormat: optionHelp('--input-format') !== null,
  maxBytes: optionHelp('--max-bytes') !== null,
};
const single = cli.jobs ? ['--jobs', '1'] : []; // the targets are single-threaded
const defaultJobsLabel = cli.defaultJobs === null ? 'default --jobs' : `default --jobs (${cli.defaultJobs})`;

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
// The stream is one document: let it through --max-bytes when it is larger than the default.
const maxBytesDefault = Number(optionHelp('--max-bytes')?.match(/\(default: *(\d+) *\)/)?.[1] ?? Infinity);
const streamArgs = cli.maxBytes && streamBytes > maxBytesDefault ? ['--max-bytes', String(streamBytes)] : [];
let ndjsonFile = null;
if (cfg.ndjsonInput && cli.inputFormat) {
  ndjsonFile = join(tmp, `stream-${cfg.corpusMB}mb.ndjson`);
  writeFileSync(ndjsonFile, mainPlan.plan.map((e) => JSON.stringify({ id: entryPath(e), text: e.bytes.toString('utf8') })).join('\n') + '\n');
}
const sample = join(root, 'fixtures', 'samples', 'tokyo-close.txt');
// The fixtures hold no single article of 3 KB (the longest is under 2 KB): the 3 KB article the
// target names is the sample three times over (2.9 KB), digested as one document.
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
// Peak RSS: GNU time's %M when it works here (probed once), else the CLI's own maxRSS.
const useTime = (() => {
  if (process.env.BENCH_NO_TIME === '1' || !existsSync('/usr/bin/time')) return false;
  const probe = join(tmp, 'time-probe.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, node, '-e', '0'], { stdio: 'ignore' });
  try {
    return r.status === 0 && Number(readFileSync(probe, 'utf8').trim().split('\n').pop()) > 0;
  } catch {
    return false;
  }
})();
meta.peakRssSource = useTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in the CLI process (bench/lib/rss-wrapper.mjs)';

/**
 * Runs the CLI once: wall time (ms), peak RSS (KB) of the CLI process, exit code. stdout goes to
 * /dev/null. stdin is a file, or the stdout of a generator child (`generator: [script, ...args]`,
 * run with node; only the CLI is wrapped by /usr/bin/time, so the RSS is the CLI's alone).
 */
let rssFiles = 0;
function runCli(args, { stdinFile, generator } = {}) {
  return new Promise((resolve) => {
    // A file of its own: two runs can be under way at once (runCliPair).
    const rssFile = join(tmp, `rss-${++rssFiles}.txt`);
    rmSync(rssFile, { force: true });
    const [cmd, argv] = useTime
      ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, node, bin, ...args]]
      : [node, [join(benchDir, 'lib', 'rss-wrapper.mjs'), bin, ...args]];
    const stdin = stdinFile ? openSync(stdinFile, 'r') : generator ? 'pipe' : 'ignore';
    let stderr = '';
    const load0 = loadavg()[0];
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: [stdin, devNullFd, 'pipe'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    let gen = null;
    let genResult = null;
    let genClosed = Promise.resolve();
    if (generator) {
      // The pipe is the CLI's stdin, handed to the generator as its stdout; this process lets go
      // of its end, so the CLI sees end of input when the generator exits (and the generator an
      // EPIPE if the CLI exits first).
      const genOut = join(tmp, 'generator.json');
      rmSync(genOut, { force: true });
      gen = spawn(node, [join(benchDir, 'lib', generator[0]), ...generator.slice(1), genOut], { cwd: root, stdio: ['ignore', child.stdin, 'pipe'] });
      child.stdin.destroy();
      let genErr = '';
      gen.stderr.setEncoding('utf8').on('data', (d) => {
        for (const l of d.split('\n').filter(Boolean)) {
          if (/^\d+% /.test(l)) log(`  generator: ${l}`);
          else if (genErr.length < 2000) genErr += `${l}\n`;
        }
      });
      genClosed = new Promise((res) =>
        gen.on('close', (code) => {
          try {
            genResult = JSON.parse(readFileSync(genOut, 'utf8'));
          } catch {
            genResult = { complete: false, error: `generator exited ${code}: ${genErr.trim().split('\n').slice(-2).join(' | ')}` };
          }
          res();
        }),
      );
    }
    child.on('close', async (code) => {
      const ms = performance.now() - t0;
      if (typeof stdin === 'number') closeSync(stdin);
      if (gen && gen.exitCode === null && gen.signalCode === null) {
        // The CLI is gone: the generator gets EPIPE; stop it if it lingers.
        const timer = setTimeout(() => gen.kill(), 5000);
        await genClosed;
        clearTimeout(timer);
      } else await genClosed;
      // "<peak RSS KB> <user s> <system s>": the CPU time shows how many cores a run kept busy
      // (V8's compiler and collector threads work beside the main thread).
      let rssKB = null;
      let cpuMs = null;
      try {
        const [kb, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        rssKB = kb || null;
        cpuMs = Number.isFinite(user + system) ? (user + system) * 1000 : null;
      } catch {}
      if (code !== 0) log(`marketdigest ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      const stderrTail = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({ ms, rssKB, cpuMs, code, ...(code !== 0 ? { stderrTail } : {}), load1: { before: load0, after: loadavg()[0] }, ...(generator ? { generator: genResult } : {}) });
    });
  });
}

/**
 * Two CLIs started together: the wall time until both are done, their peak RSS added (what both
 * held at most, as one process with two threads would), and the first failure's exit code.
 */
async function runCliPair(pair) {
  const t0 = performance.now();
  const rs = await Promise.all(pair.map((args) => runCli(args)));
  return {
    ms: performance.now() - t0,
    rssKB: rs.every((r) => r.rssKB) ? rs[0].rssKB + rs[1].rssKB : null,
    cpuMs: rs.every((r) => r.cpuMs !== null) ? rs[0].cpuMs + rs[1].cpuMs : null,
    code: rs.find((r) => r.code !== 0)?.code ?? 0,
    load1: { before: Math.min(...rs.map((r) => r.load1.before)), after: Math.max(...rs.map((r) => r.load1.after)) },
    each: rs,
  };
}

const shown = (a) => (a.startsWith(tmp) ? `$TMP${a.slice(tmp.length)}` : a);
function summarize(label, args, bytes, rs, opts) {
  const ms = median(rs.map((r) => r.ms));
  return {
    label,
    command: opts?.command ?? `marketdigest ${args.map(shown).join(' ')}${opts?.stdinFile ? ` < ${shown(opts.stdinFile)}` : ''}`,
    bytes,
    runs: rs,
    ms,
    mbps: bytes / MB / (ms / 1000),
    peakRssKB: Math.max(...rs.map((r) => r.rssKB ?? 0)) || null,
    /** CPU time over wall time: the cores the run kept busy. */
    cores: rs.every((r) => r.cpuMs !== null) ? median(rs.map((r) => r.cpuMs / r.ms)) : null,
    ok: rs.every((r) => r.code === 0),
  };
}

/** Cases run in turn, `runs` rounds (A B C, A B C, ...), so that they share the machine's load. */
async function interleaved(cases, runs) {
  const rs = cases.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [k, c] of cases.entries()) {
      log(`${c.label} (${i + 1}/${runs})`);
      rs[k].push(c.pair ? await runCliPair(c.pair) : await runCli(c.args, c.opts));
    }
  return cases.map((c, k) => summarize(c.label, c.args, c.bytes, rs[k], c.opts));
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
  { key: 'digest3k', label: `marketdigest tokyo-close ×3 (${statSync(sample3k).size} B, the 3 KB article)`, argv: [bin, sample3k], bytes: statSync(sample3k).size },
  { key: 'digest', label: `marketdigest tokyo-close.txt (${statSync(sample).size} B)`, argv: [bin, sample], bytes: statSync(sample).size },
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
// The directory with --jobs 1, --jobs 2 and the default --jobs, interleaved; then one stream.
const e2e = {};
const notRun = {}; // rows not run, and why
{
  const dirCase = (label, jobsArgs) => ({ label, args: ['--format', 'ndjson', ...jobsArgs, main.dir], bytes: main.bytes });
  const cases = [dirCase(`directory, ${fmt(main.bytes / MB, 1)} MB in ${main.files} files${cli.jobs ? ', --jobs 1' : ''}`, single)];
  const keys = ['dir'];
  if (!cli.jobs) notRun.dirJobs2 = notRun.dirDefaultJobs = 'the CLI has no --jobs (not in marketdigest --help)';
  else {
    if (cfg.jobs2) {
      cases.push(dirCase('directory, --jobs 2', ['--jobs', '2']));
      keys.push('dirJobs2');
    } else notRun.dirJobs2 = 'BENCH_JOBS2=0';
    if (cfg.defaultJobs) {
      cases.push(dirCase(`directory, ${defaultJobsLabel}${cli.defaultJobs === '1' ? ', = --jobs 1' : ''}`, []));
      keys.push('dirDefaultJobs');
    } else notRun.dirDefaultJobs = 'BENCH_DEFAULT_JOBS=0';
  }
  // What two threads can get on this machine at best: two --jobs 1 processes at once, sharing
  // nothing, each on every other folder of the directory (about half the bytes each). --jobs 2
  // cannot beat it; its speed-up over --jobs 1 is the ceiling for the --jobs 2 target.
  const folders = readdirSync(main.dir).sort().map((f) => join(main.dir, f));
  if (!cli.jobs) notRun.dirPair = 'the CLI has no --jobs, so no --jobs 2 row to compare';
  else if (folders.length < 2) notRun.dirPair = `the directory holds one folder (BENCH_MB ${cfg.corpusMB} is less than one pass over the fixtures)`;
  else if (cfg.pair) {
    const half = (r) => ['--format', 'ndjson', ...single, ...folders.filter((_, i) => i % 2 === r)];
    cases.push({
      label: 'two --jobs 1 processes at once, each on half the folders',
      pair: [half(0), half(1)],
      bytes: main.bytes,
      opts: { command: 'marketdigest --format ndjson --jobs 1 <every other folder> & (the same, the other folders)' },
    });
    keys.push('dirPair');
  } else notRun.dirPair = 'BENCH_PAIR=0';
  const rows = await interleaved(cases, cfg.e2eRuns);
  for (const [i, k] of keys.entries()) e2e[k] = rows[i];
}
// What the rest will take at this rate, so a long run can be stopped early.
{
  const cliMB = (e2e.dir.bytes / MB) * (1 + cfg.stages) + streamBytes / MB + (ndjsonFile ? statSync(ndjsonFile).size / MB : 0)
    + cfg.linearMB[0] * cfg.linearRuns + cfg.linearMB.slice(1).reduce((a, b) => a + b, 0) + (cli.inputFormat ? cfg.ndjsonGB * 1000 : 0);
  log(`the directory ran at ${fmt(e2e.dir.mbps)} MB/s: the rest (stream, stages, growth, NDJSON) is about ${fmt(cliMB / e2e.dir.mbps / 60, 1)} min at that rate, peers apart`);
}
e2e.stream = (await interleaved([{ label: `one document of it all on stdin, ${fmt(streamBytes / MB, 1)} MB${cli.jobs ? ', --jobs 1' : ''}`, args: ['--format', 'ndjson', ...single, ...streamArgs, '-'], bytes: streamBytes, opts: { stdinFile: streamFile } }], cfg.e2eRuns))[0];
if (ndjsonFile)
  e2e.ndjsonInput = (await interleaved([{ label: `one NDJSON stream on stdin, ${fmt(statSync(ndjsonFile).size / MB, 1)} MB${cli.jobs ? ', --jobs 1' : ''}`, args: ['--format', 'ndjson', '--input-format', 'ndjson', ...single, '-'], bytes: statSync(ndjsonFile).size, opts: { stdinFile: ndjsonFile } }], 1))[0];
else notRun.ndjsonInput = cfg.ndjsonInput ? 'the CLI has no --input-format' : 'off (BENCH_NDJSON_INPUT=0)';
// --jobs 2 against --jobs 1: the speed-up the target asks for (≥ 1.7×); and that of two
// independent processes, the most two threads get here.
const jobsSpeedup = e2e.dirJobs2 ? e2e.dir.ms / e2e.dirJobs2.ms : null;
const pairSpeedup = e2e.dirPair?.ok && e2e.dir.ok ? e2e.dir.ms / e2e.dirPair.ms : null;
meta.loadavg.afterE2E = loadavg()[0];

// ── 3. STAGES, IN PROCESS ─────────────────────────────────────────────────────────────────────
let stages = null;
if (cfg.stages) {
  log(`stages in process over ${fmt(main.bytes / MB, 1)} MB`);
  stages = runChild('stages.mjs', [root, String(cfg.corpusMB * MB)]);
  meta.loadavg.afterStages = loadavg()[0];
} else stages = { ok: false, reason: 'BENCH_STAGES=0' };

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
const prevL = linear[linear.length - 2]; // the size before the largest: the speed past the warm-up
const factor = bigL.mb / small.mb;
const linearity = {
  sizesMB: cfg.linearMB,
  factor,
  ratio: bigL.ms / (factor * small.ms), // t80 / (16 × t5)
  ratioPerByte: bigL.ms / bigL.bytes / (small.ms / small.bytes),
  // The same with the fixed cost of a run (the start-up of a one-article digest) taken out.
  ratioWithoutStartup: (bigL.ms - startup.digest.medianMs) / (factor * (small.ms - startup.digest.medianMs)),
  // The bytes between the two largest sizes over the time between them: the speed once V8 has
  // optimised the hot code (a run's warm-up, some seconds of compiling, is in both and cancels).
  warmedMbps: linear.every((r) => r.ok) && bigL.ms > prevL.ms ? (bigL.bytes - prevL.bytes) / MB / ((bigL.ms - prevL.ms) / 1000) : null,
};
meta.loadavg.afterLinear = loadavg()[0];

// ── 6. LONG NDJSON STREAM ─────────────────────────────────────────────────────────────────────
// A generator child writes BENCH_NDJSON_GB of NDJSON records (the corpus articles, in order,
// each ending with a sentence that holds a word of its own: see ndjson-gen.mjs) into the CLI's
// stdin: nothing on disk, and the peak RSS is the CLI's alone.
const gbStr = (gb) => fmt(gb, gb >= 1 && Number.isInteger(gb) ? 0 : gb < 0.1 ? 3 : 2);
const longStream = { gb: cfg.ndjsonGB, bytes: Math.round(cfg.ndjsonGB * 1e9), rows: {}, notRun: {} };
{
  const args = (jobsArgs) => ['--input-format', 'ndjson', '--format', 'ndjson', ...jobsArgs, '-'];
  const runStream = async (label, jobsArgs) => {
    log(`${label}: ${gbStr(cfg.ndjsonGB)} GB from the generator`);
    const r = await runCli(args(jobsArgs), { generator: ['ndjson-gen.mjs', root, String(longStream.bytes)] });
    const row = summarize(label, args(jobsArgs), r.generator?.bytes ?? longStream.bytes, [r]);
    row.command = `node bench/lib/ndjson-gen.mjs . ${longStream.bytes} | ${row.command}`;
    row.generator = r.generator;
    row.records = r.generator?.records ?? null;
    row.articleBytes = r.generator?.textBytes ?? null;
    row.articleMbps = row.articleBytes ? row.articleBytes / MB / (row.ms / 1000) : null;
    // A run counts only if the whole stream went in and the CLI exited 0.
    row.ok = row.ok && r.generator?.complete === true;
    if (r.code !== 0) row.reason = `marketdigest exited ${r.code}${r.stderrTail ? ` (${r.stderrTail.slice(0, 120)})` : ''}`;
    else if (r.generator?.complete !== true) row.reason = `the stream was cut short: ${r.generator?.error ?? 'generator incomplete'}`;
    return row;
  };
  if (cfg.ndjsonGB <= 0) longStream.reason = 'BENCH_NDJSON_GB=0';
  else if (!cli.inputFormat) longStream.reason = 'the CLI has no --input-format (not in marketdigest --help)';
  else {
    const rate = e2e.ndjsonInput?.mbps ?? e2e.dir.mbps;
    log(`long NDJSON stream: about ${fmt(longStream.bytes / MB / rate / 60, 1)} min at the ${e2e.ndjsonInput ? 'NDJSON file' : 'directory'} row's rate`);
    longStream.rows.jobs1 = await runStream(`NDJSON stream, ${gbStr(cfg.ndjsonGB)} GB${cli.jobs ? ', --jobs 1' : ''}`, single);
    // The default --jobs too, if it differs from 1 (with auto: if there is time, BENCH_NDJSON_BUDGET_S).
    const took = longStream.rows.jobs1.ms / 1000;
    let why = null;
    if (!cli.jobs) why = 'the CLI has no --jobs';
    else if (cfg.ndjsonDefaultJobs === '0') why = 'BENCH_NDJSON_DEFAULT_JOBS=0';
    else if (cli.defaultJobs === '1') why = 'the default is --jobs 1: the same run';
    else if (cfg.ndjsonDefaultJobs === 'auto' && took > cfg.ndjsonBudgetS) why = `no time: the --jobs 1 run took ${fmt(took, 0)} s > BENCH_NDJSON_BUDGET_S=${cfg.ndjsonBudgetS}`;
    if (why) longStream.notRun.defaultJobs = why;
    else longStream.rows.defaultJobs = await runStream(`NDJSON stream, ${gbStr(cfg.ndjsonGB)} GB, ${defaultJobsLabel}`, []);
  }
}
// Over a long stream the workers' warm-up is a small part of the run: the speed-up it leaves.
longStream.defaultJobsSpeedup = longStream.rows.jobs1?.ok && longStream.rows.defaultJobs?.ok ? longStream.rows.jobs1.ms / longStream.rows.defaultJobs.ms : null;
meta.loadavg.end = loadavg()[0];
meta.distHashEnd = distHash();
meta.distChanged = meta.distHashStart !== meta.distHashEnd;
meta.elapsedS = (Date.now() - startedAt.getTime()) / 1000;

// ── TARGETS ───────────────────────────────────────────────────────────────────────────────────
const measuredPeers = Object.entries(peers).filter(([, p]) => p.ok);
for (const [, p] of measuredPeers) {
  p.oursE2EOverPeer = e2e.dir.ok ? e2e.dir.mbps / p.mbps : null; // the CLI, one thread, the directory
  p.oursInProcessOverPeer = stages?.ok ? stages.totalMbps / p.mbps : null; // all stages, no I/O, no start-up
}
const fastest = measuredPeers.filter(([, p]) => !p.info).sort((a, b) => b[1].mbps - a[1].mbps)[0];
const issueSizes = { corpusMB: 20, linearMB: [5, 20, 80], ndjsonGB: 1, startupRuns: 9 };
const notes = {
  startup: cfg.startupRuns < issueSizes.startupRuns ? `median of ${cfg.startupRuns} run(s); the issue asks ≥ 9` : null,
  corpus: cfg.corpusMB < issueSizes.corpusMB ? `at ${cfg.corpusMB} MB; the issue asks ≥ 20 MB` : null,
  linear: cfg.linearMB[0] !== 5 || bigL.mb !== 80 ? `at ${small.mb} and ${bigL.mb} MB; the issue asks 5 and 80` : null,
  ndjson: cfg.ndjsonGB > 0 && cfg.ndjsonGB < 1 ? `at ${cfg.ndjsonGB} GB; the issue asks 1 GB` : null,
};
// The issue's thresholds, by target id (the sub-rows repeat their parent's).
const THRESHOLDS = {
  version: '≤ 1.5× node -e 0', digest3k: '≤ 2× node -e 0', digest1k: '≤ 2× node -e 0',
  e2e: '≥ 30 MB/s', e2eStream: '≥ 30 MB/s', jobs2: '≥ 1.7× --jobs 1', jobs2Mbps: '≥ 51 MB/s',
  peers: '≥ 10× the fastest peer', peersInProcess: null, linear: '≤ 1.1', rss: '≤ 200 MB', rssDefaultJobs: '≤ 200 MB',
};
/** One target: the value, and holds / does not hold / not measured (with the reason). */
function target(id, name, value, unit, holds, { of = null, note = null, reason = null, info = false } = {}) {
  const measured = value !== null && value !== undefined && Number.isFinite(value);
  return {
    id, name, of, threshold: THRESHOLDS[id] ?? null, value: measured ? value : null, unit,
    holds: measured && !info ? holds : null,
    status: measured ? (info ? 'for information' : holds ? 'holds' : 'does not hold') : 'not measured',
    ...(measured ? {} : { reason: reason ?? 'not measured' }),
    ...(note ? { note } : {}),
  };
}
const rssMB = (kb) => (kb ? kb / 1024 : null);
const ls1 = longStream.rows.jobs1;
const lsD = longStream.rows.defaultJobs;
const targets = [
  target('version', '--version ≤ 1.5× the floor', startup.version.ratio, '×', startup.version.ratio <= 1.5 && startup.version.exitCode === 0, { note: notes.startup }),
  target('digest3k', '3 KB digest ≤ 2× the floor (tokyo-close ×3, 2.9 KB)', startup.digest3k.ratio, '×', startup.digest3k.ratio <= 2 && startup.digest3k.exitCode === 0, { note: notes.startup }),
  target('digest1k', 'same, the 980 B sample', startup.digest.ratio, '×', startup.digest.ratio <= 2 && startup.digest.exitCode === 0, { of: 'digest3k' }),
  target('e2e', '≥ 30 MB/s end to end, one thread (directory)', e2e.dir.ok ? e2e.dir.mbps : null, 'MB/s', e2e.dir.mbps >= 30, { note: notes.corpus, reason: 'the run failed' }),
  // "One stream" of the corpus: its articles, one NDJSON line each (--input-format ndjson).
  target('e2eStream', 'same, one NDJSON stream on stdin', e2e.ndjsonInput?.ok ? e2e.ndjsonInput.mbps : null, 'MB/s', e2e.ndjsonInput?.mbps >= 30, { of: 'e2e', note: notes.corpus, reason: notRun.ndjsonInput ?? 'the run failed' }),
  target('jobs2', '--jobs 2 ≥ 1.7× --jobs 1 (directory)', e2e.dirJobs2?.ok && e2e.dir.ok ? jobsSpeedup : null, '×', jobsSpeedup >= 1.7, {
    note: notes.corpus, reason: notRun.dirJobs2 ?? 'the run failed',
  }),
  target('jobs2Mbps', 'same, as throughput (1.7 × 30 = 51 MB/s)', e2e.dirJobs2?.ok ? e2e.dirJobs2.mbps : null, 'MB/s', e2e.dirJobs2?.mbps >= 51, {
    of: 'jobs2', reason: notRun.dirJobs2 ?? 'the run failed',
  }),
  fastest
    ? target('peers', `≥ 10× the fastest peer (${fastest[0]}), end to end`, fastest[1].oursE2EOverPeer, '×', fastest[1].oursE2EOverPeer >= 10, { reason: 'the directory run failed' })
    : target('peers', '≥ 10× the fastest peer, end to end', null, '×', null, { reason: 'no peer measured' }),
  fastest
    ? target('peersInProcess', 'for information: in process, all stages', fastest[1].oursInProcessOverPeer, '×', null, { of: 'peers', info: true, reason: stages?.reason ?? 'stages not measured' })
    : target('peersInProcess', 'for information: in process, all stages', null, '×', null, { of: 'peers', info: true, reason: 'no peer measured' }),
  target('linear', `t${bigL.mb} ≤ 1.1 × ${factor} × t${small.mb} (linear growth)`, linear.every((r) => r.ok) ? linearity.ratio : null, '×', linearity.ratio <= 1.1, {
    note: notes.linear, reason: 'a run failed',
  }),
  target('rss', `peak RSS ≤ 200 MB, ${gbStr(cfg.ndjsonGB)} GB NDJSON stream${cli.jobs ? ', --jobs 1' : ''}`, ls1?.ok ? rssMB(ls1.peakRssKB) : null, 'MB', rssMB(ls1?.peakRssKB) <= 200, {
    note: notes.ndjson, reason: longStream.reason ?? ls1?.reason ?? 'the run failed',
  }),
  target('rssDefaultJobs', `same, ${defaultJobsLabel}`, lsD?.ok ? rssMB(lsD.peakRssKB) : null, 'MB', rssMB(lsD?.peakRssKB) <= 200, {
    of: 'rss', note: notes.ndjson, reason: longStream.reason ?? longStream.notRun.defaultJobs ?? lsD?.reason ?? 'the run failed',
  }),
];

// ── RESULTS ───────────────────────────────────────────────────────────────────────────────────
const results = {
  meta, config: cfg, cli, install,
  corpus: { distinctArticles: articles.length, sizes: corpora, stream: { bytes: streamBytes } },
  startup, e2e, e2eNotRun: notRun, jobsSpeedup, pairSpeedup, stages, peers, linearity, linear, longStream, targets,
};
for (const c of Object.values(results.corpus.sizes)) c.dir = relative(tmp, c.dir);
mkdirSync(dirname(cfg.results), { recursive: true });
writeFileSync(cfg.results, `${JSON.stringify(results, null, 2)}\n`);

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
const line = (...cols) => out.push(cols.join('').trimEnd());
const L = 56;

out.push(`marketdigest ${meta.version} bench — ${meta.date}, Node ${meta.node}, ${meta.cpus} CPUs (${meta.cpuModel ?? '?'})`);
out.push(`git ${meta.gitHead ?? '?'}${meta.gitDirty ? ` + ${meta.gitDirty} uncommitted file(s) in src/bin/package.json` : ''}, dist ${meta.distHashStart}${meta.distChanged ? ` → ${meta.distHashEnd} (dist/ CHANGED during the run)` : ''}`);
out.push(`load average (1 min): ${fmt(meta.loadavg.start)} at start, ${fmt(meta.loadavg.end)} at end${Math.max(...Object.values(meta.loadavg)) > meta.cpus * 0.75 ? '  — other processes were competing for the CPUs' : ''}`);
out.push(`corpus: ${articles.length} distinct articles (fixtures/corpus/dev, fixtures/samples) repeated; MB = 10^6 bytes; peak RSS by ${meta.peakRssSource}`);
out.push('');
line(pad(`Start-up (median of ${cfg.startupRuns})`, L), lpad('ms', 10), lpad('× floor', 10));
for (const s of Object.values(startup)) line(pad(`  ${s.label}`, L), lpad(fmt(s.medianMs, 1), 10), lpad(fmt(s.ratio), 10), s.exitCode ? `  exit ${s.exitCode}` : '');
out.push('');
line(pad(`End to end, --format ndjson > /dev/null${cfg.e2eRuns > 1 ? ` (median of ${cfg.e2eRuns})` : ''}`, L), lpad('MB', 8), lpad('s', 8), lpad('MB/s', 8), lpad('peak RSS', 10), lpad('cores', 7), lpad('load', 6));
for (const r of Object.values(e2e))
  line(pad(`  ${r.label}`, L), lpad(fmt(r.bytes / MB, 1), 8), lpad(fmt(r.ms / 1000), 8), lpad(fmt(r.mbps), 8), lpad(mbRss(r.peakRssKB), 10), lpad(fmt(r.cores), 7), lpad(loadOf(r), 6), r.ok ? '' : '  FAILED');
for (const [k, why] of Object.entries(notRun)) line(pad(`  ${{ dirJobs2: 'directory, --jobs 2', dirDefaultJobs: `directory, ${defaultJobsLabel}`, dirPair: 'two --jobs 1 processes at once', ndjsonInput: 'one NDJSON stream on stdin' }[k]}`, L), `  not run: ${why}`);
if (jobsSpeedup !== null) out.push(`  speed-up, --jobs 2 over --jobs 1 (directory): ${fmt(jobsSpeedup)}× (target ≥ 1.70×)`);
if (pairSpeedup !== null) out.push(`  speed-up, two --jobs 1 processes at once over one: ${fmt(pairSpeedup)}× (this machine's ceiling for two threads)`);
if (e2e.dir.cores !== null) out.push(`  --jobs 1 kept ${fmt(e2e.dir.cores)} cores busy (V8 compiles and collects on threads of its own), leaving ${fmt(Math.max(0, meta.cpus - e2e.dir.cores))} of ${meta.cpus} for more digesting threads`);
out.push('');
if (stages?.ok) {
  line(pad(`Stages in process (${fmt(stages.bytes / MB, 1)} MB, ${stages.documents} documents)`, L), lpad('s', 8), lpad('MB/s', 10), lpad('share', 8));
  const names = {
    decode: 'decode (bytes → text, normalize)', segment: 'segment', extract: 'extract', link: 'link',
    digest: 'digest (buildDocument)', validate: `validate: ${stages.validator?.name ?? '?'}`, render: 'render (renderNdjsonLine)',
  };
  const row = (label, s) => line(pad(label, L), lpad(fmt(s.ms / 1000), 8), lpad(fmt(s.mbps), 10), lpad(`${fmt(100 * s.share, 1)}%`, 8));
  for (const [k, s] of Object.entries(stages.stages)) {
    row(`  ${names[k] ?? k}`, s);
    if (k === 'decode' && s.parts) for (const [p, ps] of Object.entries(s.parts)) row(`      of which ${p === 'bytesToText' ? 'bytes → text' : p}`, ps);
  }
  line(pad('  all stages', L), lpad(fmt(stages.totalStageMs / 1000), 8), lpad(fmt(stages.totalMbps), 10));
  out.push(`  validation timed: ${stages.validator ? `${stages.validator.name} from ${stages.validator.module}` : 'none'}${stages.validatorNotes?.length ? ` (${stages.validatorNotes.join('; ')})` : ''}`);
  if (stages.rejectedByValidator?.count) out.push(`  WARNING: the validator rejected ${stages.rejectedByValidator.count} documents, e.g. ${stages.rejectedByValidator.first}`);
  if (stages.lexiconCompileMs !== null) out.push(`  (the lexicon compiles once per run: ${fmt(stages.lexiconCompileMs, 1)} ms, not in the figures)`);
  out.push('');
} else out.push(`Stages: not measured — ${stages?.reason}`, '');
line(pad('Peers (same articles, one call per article)', L), lpad('sample', 9), lpad('MB/s', 10), lpad('ours÷peer e2e', 15), lpad('in proc.', 10), lpad('model load', 12));
const peerNames = { compromise: 'compromise', wink: 'wink-nlp + lite model', recognizers: 'Recognizers-Text (models reused)', 'recognizers-suite': 'Recognizers-Text (suite one-shot calls)' };
const times = (x) => (x === null || x === undefined ? '—' : `${fmt(x, 1)}×`);
for (const [k, p] of Object.entries(peers)) {
  if (!p.ok) {
    line(pad(`  ${peerNames[k]}`, L), `  skipped: ${p.reason}`);
    continue;
  }
  const partial = p.articlesCovered < p.distinctArticles ? `  (${p.articlesCovered} of ${p.distinctArticles} articles)` : '';
  line(pad(`  ${peerNames[k]}${p.info ? ' [info]' : ''}`, L), lpad(`${fmt(p.bytes / 1e3, 0)} KB`, 9), lpad(fmt(p.mbps, 4), 10), lpad(times(p.oursE2EOverPeer), 15), lpad(times(p.oursInProcessOverPeer), 10), lpad(`${fmt(p.loadMs, 0)} ms`, 12), partial);
}
out.push(`  ours: ${fmt(e2e.dir.mbps)} MB/s end to end (CLI, directory, one thread; the target's figure)${stages?.ok ? `; ${fmt(stages.totalMbps)} MB/s in process (all stages, no I/O, no start-up)` : ''}`);
out.push('');
line(pad(`Linear growth (run order ${linearSeq.join(', ')} MB)`, L), lpad('MB', 8), lpad('s', 8), lpad('MB/s', 8), lpad('peak RSS', 10), lpad('load', 6));
for (const r of linear)
  line(pad(`  ${r.mb} MB${r.runs.length > 1 ? ` (median of ${r.runs.length})` : ''}`, L), lpad(fmt(r.bytes / MB, 1), 8), lpad(fmt(r.ms / 1000), 8), lpad(fmt(r.mbps), 8), lpad(mbRss(r.peakRssKB), 10), lpad(loadOf(r), 6), r.ok ? '' : '  FAILED');
out.push(`  t${bigL.mb} / (${factor} × t${small.mb}) = ${fmt(linearity.ratio, 3)}; per byte ${fmt(linearity.ratioPerByte, 3)}; less the start-up of one digest (${fmt(startup.digest.medianMs, 0)} ms) from each: ${fmt(linearity.ratioWithoutStartup, 3)}`);
if (linearity.warmedMbps !== null) {
  out.push(`  past the warm-up: ${fmt(linearity.warmedMbps)} MB/s over the ${fmt((bigL.bytes - prevL.bytes) / MB, 0)} MB between ${prevL.mb} and ${bigL.mb} MB (t${bigL.mb} − t${prevL.mb}), against ${fmt(small.mbps)} MB/s for the whole ${small.mb} MB run`);
}
out.push('');
line(pad('Long NDJSON stream, generator | marketdigest --input-format ndjson --format ndjson - > /dev/null', 0));
if (longStream.reason) out.push(`  not run: ${longStream.reason}`);
else {
  line(pad('', L), lpad('MB', 8), lpad('s', 8), lpad('MB/s', 8), lpad('peak RSS', 10), lpad('load', 6));
  for (const r of Object.values(longStream.rows))
    line(pad(`  ${r.label}`, L), lpad(fmt(r.bytes / MB, 0), 8), lpad(fmt(r.ms / 1000, 1), 8), lpad(fmt(r.mbps), 8), lpad(mbRss(r.peakRssKB), 10), lpad(loadOf(r), 6), r.ok ? '' : `  FAILED${r.reason ? `: ${r.reason}` : ''}`);
  for (const [k, why] of Object.entries(longStream.notRun)) line(pad(`  NDJSON stream, ${k === 'defaultJobs' ? defaultJobsLabel : k}`, L), `  not run: ${why}`);
  if (ls1) {
    const own = ls1.generator?.ownWords ? ', each ending with a sentence that names an index and a word no other record holds' : '';
    out.push(`  (${fmt(ls1.records, 0)} records${own}; MB/s of the NDJSON bytes, ${fmt(ls1.articleMbps)} MB/s of article text; peak RSS of the CLI process alone)`);
  }
  if (longStream.defaultJobsSpeedup !== null) out.push(`  speed-up on the stream, the default --jobs over --jobs 1: ${fmt(longStream.defaultJobsSpeedup)}× (each worker's warm-up weighs less the longer the stream)`);
}
out.push(`  (load: the highest 1-minute load average seen at the start or end of a row's runs; ${meta.cpus} CPUs)`);
out.push('');
out.push('Targets');
for (const t of targets) {
  const value = t.value === null ? '—' : `${fmt(t.value, t.unit === 'MB' ? 0 : 2)}${t.unit === '×' ? '×' : ` ${t.unit}`}`;
  const status = t.status === 'for information' ? '' : t.status === 'holds' ? 'holds' : t.status === 'does not hold' ? 'DOES NOT HOLD' : `not measured (${t.reason})`;
  line(pad(`  ${t.of ? '  ' : ''}${t.name}`, L), lpad(value, 14), '   ', status, t.note && t.value !== null ? `  [${t.note}]` : '');
}
out.push('');
const shownResults = relative(root, cfg.results).startsWith('..') ? cfg.results : relative(root, cfg.results);
out.push(`${fmt(meta.elapsedS, 0)} s in all; figures in ${shownResults}`);
process.stdout.write(`${out.join('\n')}\n`);
