// Shared pieces for the end-to-end CLI tests: small original articles, temp directories, a
// shell runner (for pipelines such as `| head -c 1`) and an RFC 4180 reader for CSV output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BIN, ROOT, type RunResult } from './run.js';

/** Any ANSI escape sequence (colour codes start with ESC [). */
export const ANSI = /\x1b\[/;

/** Original articles written for these tests. */
export const ARTICLES = {
  frankfurt: 'Frankfurt Close\nThe DAX rose 1.2% to 18,250.40 on Monday, while the CAC 40 fell 0.5% to 7,810.2 in Paris.\n',
  asia: "Asia Midday\nJapan's Nikkei 225 was flat at 39,100.00, while the Hang Seng dropped 1.4% to 19,870.55 and the KOSPI gained 0.9% to 2,650.3.\n",
  london: 'London Close\nThe FTSE 100 slipped 0.3% to 8,120.5 on Friday as miners weighed.\n',
  /** Agrees with `frankfurt` on the DAX move and the CAC 40 level, disagrees on the DAX close. */
  wrap: "European Wrap\nGermany's DAX climbed 1.2% to close at 18,255.90. The CAC 40 lost 0.5% to 7,810.20, and the FTSE 100 slipped 0.3% to 8,120.5.\n",
} as const;

const created: string[] = [];

/** A fresh directory under the system temp dir; removed by removeTempDirs(). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `marketdigest-${label}-`));
  created.push(dir);
  return dir;
}

/** Removes every directory tempDir() made in this test file (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeArticle(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Single-quotes a word for sh/bash. */
export function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The environment the child sees: the caller's, without colour hints unless given. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...extra };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

/** The command line that runs the built binary, for shell scripts. */
export function binCommand(args: string[]): string {
  return [process.execPath, BIN, ...args].map(sq).join(' ');
}

/** Runs a bash script (with the repository as working directory). */
export function bash(script: string, opts: { env?: Record<string, string | undefined>; input?: string } = {}): RunResult {
  const r = spawnSync('bash', ['-c', script], { input: opts.input ?? '', env: childEnv(opts.env), cwd: ROOT, encoding: 'utf8', timeout: 15000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/**
 * Reads CSV strictly as RFC 4180: every record ends with CRLF, quoted fields may hold commas,
 * quotes (doubled) and line breaks. Throws on a bare LF or a stray quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`expected , or CRLF at offset ${i}, found ${JSON.stringify(text.slice(i, i + 5))}`);
  }
  if (row.length) throw new Error('last record is not CRLF-terminated');
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header');
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? '']))) };
}
