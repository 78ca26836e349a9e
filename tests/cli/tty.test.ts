// Terminal behaviour under a real pseudo-terminal, made by `script` from util-linux:
// `script -qec CMD /dev/null` runs CMD with stdin, stdout and stderr on a pty and exits with
// CMD's exit code. Colour is on for a terminal and off when piped, with NO_COLOR or TERM=dumb.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, ARTICLES, binCommand, childEnv, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { ROOT, run, type RunResult } from './run.js';

const haveScript = (() => {
  const r = spawnSync('script', ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /util-linux/.test(r.stdout + r.stderr);
})();

const dir = tempDir('tty');
afterAll(removeTempDirs);
const frankfurt = writeArticle(dir, 'frankfurt.txt', ARTICLES.frankfurt);

/** Runs marketdigest under a pty; the pty turns \n into \r\n, which is undone here. */
function underPty(args: string[], env: Record<string, string | undefined> = {}, redirect = ''): RunResult {
  const command = `${binCommand(args)}${redirect}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    input: '',
    env: childEnv({ TERM: 'xterm-256color', ...env }),
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 15000,
  });
  return { stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr, code: r.status };
}

describe.skipIf(!haveScript)('under a pseudo-terminal (script)', () => {
  it('colours the text digest', () => {
    const r = underPty([frankfurt]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout).toContain('\x1b[32m▲\x1b[39m'); // gain in green
    expect(r.stdout).toContain('\x1b[31m▼\x1b[39m'); // loss in red
    expect(r.stdout).toContain('\x1b[1mFrankfurt Close\x1b[22m'); // bold headline
    // Without the colour codes it is the same digest as in a pipe.
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(run([frankfurt]).stdout);
  });

  it('the same command piped has no escape codes', () => {
    const r = run([frankfurt], { env: { TERM: 'xterm-256color' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ ▲ DAX/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('NO_COLOR=1 turns colour off on the terminal', () => {
    const r = underPty([frankfurt], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ ▲ DAX\s+Germany\s+18,250\.4\s+\+1\.2%$/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('TERM=dumb turns colour off on the terminal', () => {
    const r = underPty([frankfurt], { TERM: 'dumb' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ ▲ DAX/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--no-color turns colour off on the terminal', () => {
    const r = underPty(['--no-color', frankfurt]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ ▲ DAX/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('never colours json on the terminal', () => {
    const r = underPty(['--format', 'json', frankfurt]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(JSON.parse(r.stdout).documents[0].source).toBe(frankfurt);
  });

  it('with no input on a terminal prints usage to stderr and exits 2', () => {
    const r = underPty([]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^marketdigest: no input .*--help/);
  });

  it('shows a progress bar on a terminal stderr for more than 20 files, and none with --quiet', () => {
    const many = tempDir('tty-many');
    for (let k = 0; k < 25; k++) writeArticle(many, `copy-${String(k).padStart(2, '0')}.txt`, ARTICLES.frankfurt);
    // stdout goes to /dev/null, so the pty carries only stderr.
    const r = underPty(['--format', 'ndjson', many], {}, ' >/dev/null');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\r\[#+ *\] 25\/25 files, \d+\.\d MB/);
    expect(r.stdout.endsWith('\r\x1b[2K')).toBe(true); // the bar is erased at the end
    const quiet = underPty(['--quiet', '--format', 'ndjson', many], {}, ' >/dev/null');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
  });
});
