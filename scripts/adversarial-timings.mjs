#!/usr/bin/env node
// Times the built CLI (`node bin/marketdigest.js --format json FILE`) on 1 MB and 4 MB versions of
// the hostile inputs of tests/property/adversarial.test.ts and prints a table: input, seconds at
// 1 MB, seconds at 4 MB, and their ratio. The project requires ratio ≤ 4.5 (near-linear
// scaling); the script exits 1 if any ratio exceeds it or any run fails.
//
//   npm run build && node scripts/adversarial-timings.mjs
//
// REPS=n (default 3) runs each file n times and keeps the median. "net ratio" subtracts the
// start-up time of the CLI on an empty file from both times (4 = linear); it is shown for
// information only, and only where the 1 MB run does at least 0.1 s of work beyond start-up.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'marketdigest.js');
const REPS = Math.max(1, Number(process.env.REPS ?? 3));
const LIMIT = 4.5;
const MB = 1 << 20;

/** `unit` repeated to exactly n characters. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SENTENCE =
  "Japan's Nikkei share average jumped 1.8% to a record close of 41,276.35 on Tuesday, lifted by exporters after the yen weakened past 152 per dollar. ";
const WORDS = ['Acme', 'Beta', 'Corp', 'Gamma', 'Inc', 'Delta', 'Holdings', 'Epsilon', 'Ltd', 'Zeta', 'Group'];

/** Lines produced by next(i) until n characters, cut to exactly n. */
function build(n, next, sep) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const part = next(i);
    parts.push(part);
    size += part.length + sep.length;
  }
  return parts.join(sep).slice(0, n);
}

// All inputs are ASCII: n characters are n bytes.
const INPUTS = [
  ['"1,1,1,…"', (n) => fill('1,', n)],
  ['"%%%%"', (n) => '%'.repeat(n)],
  ['"...."', (n) => '.'.repeat(n)],
  ['"Nikkei " repeated', (n) => fill('Nikkei ', n)],
  ['"rose " repeated', (n) => fill('rose ', n)],
  ['article sentence, one line', (n) => fill(SENTENCE, n)],
  ['nested parentheses', (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(Math.ceil(n / 2))],
  ['bullets, growing indentation', (n) => build(n, (i) => ' '.repeat(i % 1000) + '- point ' + i, '\n')],
  ['"$$$$"', (n) => '$'.repeat(n)],
  ['"(TYO: " repeated', (n) => fill('(TYO: ', n)],
  ['capitalised words, one line', (n) => build(n, (i) => WORDS[i % WORDS.length], ' ')],
];

function runOnce(file) {
  return new Promise((resolve) => {
    const out = openSync('/dev/null', 'w');
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, '--format', 'json', file], { cwd: root, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      closeSync(out);
      resolve({ seconds, code, signal, stderr: stderr.trim() });
    });
  });
}

async function time(file) {
  const times = [];
  for (let r = 0; r < REPS; r++) {
    const { seconds, code, signal, stderr } = await runOnce(file);
    if (code !== 0) throw new Error(`exit ${code ?? signal} on ${file}${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
    times.push(seconds);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'marketdigest-adversarial-'));
let failed = false;
try {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const startup = await time(empty);

  const rows = [];
  for (const [name, make] of INPUTS) {
    const row = { name, t1: NaN, t4: NaN, error: null };
    try {
      const file1 = join(dir, 'input-1mb.txt');
      writeFileSync(file1, make(MB));
      row.t1 = await time(file1);
      const file4 = join(dir, 'input-4mb.txt');
      writeFileSync(file4, make(4 * MB));
      row.t4 = await time(file4);
    } catch (e) {
      row.error = e instanceof Error ? e.message : String(e);
    }
    rows.push(row);
  }

  const header = ['input', '1 MB (s)', '4 MB (s)', 'ratio', `≤ ${LIMIT}`, 'net ratio'];
  const body = rows.map((r) => {
    const ratio = r.t4 / r.t1;
    // too little work at 1 MB for a meaningful net ratio: show a dash
    const net = r.t1 - startup >= 0.1 ? ((r.t4 - startup) / (r.t1 - startup)).toFixed(2) : '—';
    const ok = !r.error && ratio <= LIMIT;
    if (!ok) failed = true;
    return [r.name, r.t1.toFixed(2), r.t4.toFixed(2), ratio.toFixed(2), r.error ? `FAIL: ${r.error}` : ok ? 'ok' : 'FAIL', net];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 0 || i === 4 ? ' ' + '-'.repeat(w) + ' ' : ' ' + '-'.repeat(w - 1) + ': ')).join('|') + '|');
  for (const b of body) console.log(line(b));
  console.log(`\nmedian of ${REPS} run(s) each; CLI start-up on an empty file: ${startup.toFixed(2)} s (subtracted for "net ratio", shown when the 1 MB run does ≥ 0.1 s of work); node ${process.version}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
