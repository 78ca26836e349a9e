// Reading inputs: files, directories (walked recursively, in name order), and stdin as "-".
// Saved web pages are read as their article text. Failures are values, one per input, so one
// bad file never stops the others.
import { closeSync, fstatSync, openSync, readdir as readdirCallback, readFileSync, readSync, stat as statCallback, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { extname, join } from 'node:path';
import { decode } from '../text/decode.js';

import { DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES } from './defaults.js';

// Loading node:fs/promises (and the stream and readline modules it pulls in) costs a one-file
// run over a millisecond; the callback API is loaded already.
const stat = promisify(statCallback);
const readdir = promisify(readdirCallback);

export { DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES };
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export type Input =
  | { source: string; ok: true; text: string; warnings: string[]; bytes: number }
  | { source: string; ok: false; reason: string; skipped?: boolean };

export interface ReadOptions {
  extensions?: readonly string[];
  maxBytes?: number;
  /** Reads all of stdin; injected so the reader can be tested and so stdin is read once. */
  stdin?: () => Promise<Buffer>;
}

/** Expands directories into their files; keeps files and "-" as given, in order. */
export async function expandPaths(paths: readonly string[], extensions: readonly string[] = DEFAULT_EXTENSIONS): Promise<{ paths: string[]; errors: Input[] }> {
  const out: string[] = [];
  const errors: Input[] = [];
  const wanted = extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // readInput reports why, in its place among the inputs
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    out.push(...(await walk(p, wanted, errors)));
  }
  return { paths: out, errors };
}

/** Files below `dir`; a folder that cannot be read is reported by name and its siblings still walked. */
async function walk(dir: string, extensions: readonly string[], errors: Input[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push({ source: dir, ok: false, reason: reasonOf(err) });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, extensions, errors)));
    else if (e.isFile() && extensions.includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/**
 * The bytes of the files at `paths`: their sizes summed when there are at most `samples` of
 * them, else estimated from `samples` of them spread evenly over the list (a directory's large
 * files may all come at its end). Stdin, a file that cannot be read and a file over `maxBytes`
 * (skipped when read) count as empty.
 */
export function sizeOfFiles(paths: readonly string[], samples = 4096, maxBytes = Infinity): number {
  const step = Math.max(1, paths.length / samples);
  let sum = 0;
  let taken = 0;
  for (let at = 0; at < paths.length; at += step) {
    const p = paths[Math.floor(at)]!;
    taken++;
    if (p === '-') continue;
    try {
      const size = statSync(p).size;
      if (size <= maxBytes) sum += size;
    } catch {
      // readInput reports why, in its place among the inputs
    }
  }
  return taken ? Math.round((sum / taken) * paths.length) : 0;
}

/**
 * The total size of NDJSON inputs that are regular files, or null if one is not; stdin, when it
 * is a pipe (or a socket, as a parent process's pipe is), is left out and reported: its size is
 * known only once it has been read to its end.
 */
export function ndjsonSize(paths: readonly string[]): { files: number | null; stdinPipe: boolean } {
  let files: number | null = 0;
  let stdinPipe = false;
  for (const p of paths) {
    try {
      const s = p === '-' ? fstatSync(0) : statSync(p);
      if (s.isFile()) files = files === null ? null : files + s.size;
      else if (p === '-' && (s.isFIFO() || s.isSocket())) stdinPipe = true;
      else files = null;
    } catch {
      // The read reports why, in its place among the inputs.
    }
  }
  return { files, stdinPipe };
}

export async function readInput(source: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await (options.stdin ?? readStdin)() : await readFileLimited(source, maxBytes);
  } catch (err) {
    if (err instanceof TooLarge) return { source, ok: false, reason: tooLargeReason(maxBytes), skipped: true };
    return { source, ok: false, reason: reasonOf(err) };
  }
  return decodeInput(source, bytes, maxBytes);
}

/** Bytes already read (stdin, or a file read elsewhere) as an input: size limit, decoding, HTML. */
export async function decodeInput(source: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Promise<Input> {
  if (bytes.length > maxBytes) return { source, ok: false, reason: tooLargeReason(maxBytes), skipped: true };
  const decoded = decode(bytes);
  if (!decoded.ok) return { source, ok: false, reason: `${decoded.reason}, skipped`, skipped: true };
  const text = (await isHtml(source, decoded.text)) ? (await html()).htmlToText(decoded.text) : decoded.text;
  return { source, ok: true, text, warnings: decoded.warnings, bytes: bytes.length };
}

export function tooLargeReason(maxBytes: number): string {
  return `larger than --max-bytes (${maxBytes} bytes), skipped`;
}

// The HTML reader (htmlparser2 and its entity tables) loads only when a page is read.
const html = (): Promise<typeof import('../text/html.js')> => import('../text/html.js');

/** .html files, and stdin that starts like a web page; text that does not start with "<" never is one. */
async function isHtml(source: string, text: string): Promise<boolean> {
  if (HTML_EXTENSIONS.has(extname(source).toLowerCase())) return true;
  return source === '-' && /^\s*</.test(text.slice(0, 1024)) && (await html()).looksLikeHtml(text);
}

class TooLarge extends Error {}

/**
 * Reads a file, refusing before reading when it is larger than the limit. Synchronous on
 * purpose: inputs are read one after another anyway, and for thousands of small articles the
 * event-loop turns of the promise API cost more than the reads.
 */
async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw new TooLarge();
    // A size of 0 may be a pipe or a /proc file that has no size to trust: read to its end.
    if (info.size === 0) return readFileSync(fd);
    // For thousands of small files every system call counts, and readFileSync(fd) would ask
    // the size again. Like readFileSync, this reads the file up to the size it had.
    const bytes = Buffer.allocUnsafe(info.size);
    let n = 0;
    for (let got = 1; got > 0 && n < bytes.length; n += got) got = readSync(fd, bytes, n, bytes.length - n, null);
    return n < bytes.length ? bytes.subarray(0, n) : bytes;
  } finally {
    closeSync(fd);
  }
}

export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

let stdinBytes: Promise<Buffer> | null = null;

/** All of stdin, read once however often "-" is given. */
export function readStdin(): Promise<Buffer> {
  stdinBytes ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  return stdinBytes;
}
