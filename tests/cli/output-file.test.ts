// -o FILE: the report goes to the file, nothing to stdout; a missing directory is a usage error;
// the write is atomic: a kill mid-run leaves an earlier report intact, SIGTERM cleans up its
// temporary file, and a finished run replaces the old report completely.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestSchema } from '../../src/digest/schema.js';
import { ANSI, ARTICLES, childEnv, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { BIN, ROOT, run } from './run.js';

const dir = tempDir('output');
afterAll(removeTempDirs);
const frankfurt = writeArticle(dir, 'in/frankfurt.txt', ARTICLES.frankfurt);
const asia = writeArticle(dir, 'in/asia.txt', ARTICLES.asia);

const OLD_REPORT = `# Market digest — 2026-03-16\n\nOLD REPORT ${'— yesterday, kept intact —\n'.repeat(2000)}`;
const temps = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('-o FILE', () => {
  it('writes the report to the file and nothing to stdout (markdown)', () => {
    const target = join(dir, 'report.md');
    const args = ['--format', 'markdown', '--date', '2026-03-17', frankfurt, asia];
    const r = run([...args, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const written = readFileSync(target, 'utf8');
    expect(written.startsWith('# Market digest — 2026-03-17\n')).toBe(true);
    // Byte for byte what stdout would have carried.
    expect(written).toBe(run(args).stdout);
    expect(temps(dir)).toEqual([]);
  });

  it('writes json to the file, valid against the schema', () => {
    const target = join(dir, 'digest.json');
    const r = run(['--format', 'json', '--output', target, frankfurt, asia]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const digest = DigestSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
    expect(digest.documents.map((d) => d.source)).toEqual([frankfurt, asia]);
  });

  it('writes text without colour to a file, even when FORCE_COLOR is set', () => {
    const target = join(dir, 'digest.txt');
    const r = run([frankfurt, '-o', target], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = readFileSync(target, 'utf8');
    expect(written).toMatch(/^ ▲ DAX\s+Germany\s+18,250\.4\s+\+1\.2%$/m);
    expect(written).not.toMatch(ANSI);
  });

  it('still writes the report when some input fails, and exits 1', () => {
    const target = join(dir, 'partial.json');
    const missing = join(dir, 'in', 'missing.txt');
    const r = run(['--format', 'json', '-o', target, missing, frankfurt]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`marketdigest: ${missing}: no such file or directory\n`);
    expect(JSON.parse(readFileSync(target, 'utf8')).documents.map((d: { source: string }) => d.source)).toEqual([frankfurt]);
  });

  it('into a missing directory: exit 2, one line on stderr naming the path, nothing written', () => {
    const target = join(dir, 'no-such-dir', 'report.md');
    const r = run(['--format', 'markdown', '-o', target, frankfurt]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^marketdigest: /);
    expect(r.stderr).toContain(target);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('under a path whose directory is a file: exit 2 with one line naming the path', () => {
    const target = join(frankfurt, 'report.md');
    const r = run(['--format', 'markdown', '-o', target, frankfurt]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(target);
  });

  it('a normal run replaces an old, longer report completely and leaves no temporary file', () => {
    const out = tempDir('output-replace');
    const target = join(out, 'report.md');
    writeFileSync(target, OLD_REPORT);
    const args = ['--format', 'markdown', '--date', '2026-03-17', frankfurt];
    const r = run([...args, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const written = readFileSync(target, 'utf8');
    expect(written).not.toContain('OLD REPORT');
    expect(written).toBe(run(args).stdout);
    expect(readdirSync(out)).toEqual(['report.md']);
  });
});

describe('-o is atomic', () => {
  // A long run: a few thousand generated articles digested into one markdown report.
  const corpus = tempDir('output-corpus');
  beforeAll(() => {
    for (let k = 0; k < 3000; k++) {
      const n = String(k).padStart(4, '0');
      writeArticle(
        corpus,
        `article-${n}.txt`,
        `Report ${n}\nThe DAX rose 1.${k % 10}% to 18,${200 + (k % 700)}.40 on Monday, while the CAC 40 fell 0.${(k % 9) + 1}% to 7,810.2 in Paris. Siemens AG gained 2%.\n`,
      );
    }
  });

  interface Started {
    temp: string;
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
    kill(signal: NodeJS.Signals): void;
  }

  /** Starts the long run into out/report.md and resolves once its temporary file exists. */
  async function startLongRun(out: string, format = 'markdown'): Promise<Started> {
    const target = join(out, 'report.md');
    const child = spawn(process.execPath, [BIN, '--format', format, '--date', '2026-03-17', '-o', target, corpus], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
    );
    let done = false;
    void exited.then(() => (done = true));
    const temp = await new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const found = readdirSync(out).find((f) => /^\.report\.md\..+\.tmp$/.test(f));
        if (found) {
          clearInterval(poll);
          resolve(found);
        } else if (done || Date.now() - started > 8000) {
          clearInterval(poll);
          child.kill('SIGKILL');
          reject(new Error(`no temporary file appeared in ${out} (exited: ${done}; stderr: ${JSON.stringify(stderr)})`));
        }
      }, 5);
    });
    return { temp, exited, kill: (signal) => child.kill(signal) };
  }

  it('SIGKILL mid-run leaves the old report exactly as it was', async () => {
    const out = tempDir('output-kill');
    const target = join(out, 'report.md');
    writeFileSync(target, OLD_REPORT);
    const runInProgress = await startLongRun(out);
    // Let it write into the temporary file for a moment, then kill it hard.
    await new Promise((r) => setTimeout(r, 150));
    runInProgress.kill('SIGKILL');
    const r = await runInProgress.exited;
    expect(r.signal).toBe('SIGKILL'); // it was still running: the kill, not completion, ended it
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(OLD_REPORT);
  });

  it('SIGKILL mid-run with ndjson (written document by document) leaves the old report exactly as it was', async () => {
    const out = tempDir('output-kill-ndjson');
    const target = join(out, 'report.md');
    writeFileSync(target, OLD_REPORT);
    const runInProgress = await startLongRun(out, 'ndjson');
    // Wait until documents are being written (the temporary file grows), then kill it hard.
    const started = Date.now();
    while (statSync(join(out, runInProgress.temp)).size === 0 && Date.now() - started < 8000) await new Promise((r) => setTimeout(r, 5));
    expect(statSync(join(out, runInProgress.temp)).size).toBeGreaterThan(0);
    runInProgress.kill('SIGKILL');
    const r = await runInProgress.exited;
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe(OLD_REPORT);
  });

  it('SIGTERM mid-run: exit 143, old report intact, no temporary file left behind', async () => {
    const out = tempDir('output-term');
    const target = join(out, 'report.md');
    writeFileSync(target, OLD_REPORT);
    const runInProgress = await startLongRun(out);
    await new Promise((r) => setTimeout(r, 150));
    runInProgress.kill('SIGTERM');
    const r = await runInProgress.exited;
    expect(r.signal).toBeNull();
    expect(r.code).toBe(143);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('marketdigest: stopped by SIGTERM');
    expect(readdirSync(out)).toEqual(['report.md']);
    expect(readFileSync(target, 'utf8')).toBe(OLD_REPORT);
  });

  it('SIGINT mid-run: exit 130, old report intact, no temporary file left behind', async () => {
    const out = tempDir('output-int');
    const target = join(out, 'report.md');
    writeFileSync(target, OLD_REPORT);
    const runInProgress = await startLongRun(out);
    await new Promise((r) => setTimeout(r, 150));
    runInProgress.kill('SIGINT');
    const r = await runInProgress.exited;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('marketdigest: stopped by SIGINT');
    expect(readdirSync(out)).toEqual(['report.md']);
    expect(readFileSync(target, 'utf8')).toBe(OLD_REPORT);
  });

  it('the same long run, left to finish, replaces the old report with the complete one', async () => {
    const out = tempDir('output-finish');
    const target = join(out, 'report.md');
    writeFileSync(target, OLD_REPORT);
    const runInProgress = await startLongRun(out);
    // While it runs, the old report is still the one in place.
    expect(readFileSync(target, 'utf8')).toBe(OLD_REPORT);
    const r = await runInProgress.exited;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    const report = readFileSync(target, 'utf8');
    expect(report).not.toContain('OLD REPORT');
    expect(report.startsWith('# Market digest — 2026-03-17\n\n3000 documents.\n')).toBe(true);
    expect(report.match(/^Source: /gm)).toHaveLength(3000);
    expect(report.trimEnd().split('\n').at(-1)).toBe('- **CAC 40** (France): ▼ down, 7,810.2, -0.3%');
    expect(readdirSync(out)).toEqual(['report.md']);
  }, 20000);
});
