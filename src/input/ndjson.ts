// --input-format ndjson: a stream of articles, one JSON object per line ({"id": ..., "text": ...}),
// read line by line so an archive of any size passes through in constant memory. A bad line is
// a failure of that line alone. Reading lines and parsing one are separate steps, so that the
// CLI can read in its main thread and parse in its --jobs workers.
import { createReadStream } from 'node:fs';
import { pattern } from '../patterns.js';
import { tooLargeReason } from './read.js';

export type NdjsonRecord = { source: string; ok: true; text: string } | { source: string; ok: false; reason: string };

export interface NdjsonOptions {
  /** The field holding the article text (default "text"). */
  textField?: string;
  /** The field passed through as the document's source (default "id"). */
  idField?: string;
}

/** One line of a stream, numbered from 1; or the reason the stream could not be read. */
export type NdjsonLine = { ok: true; path: string; line: number; text: string } | { ok: false; source: string; reason: string };

/**
 * The non-blank lines of a file or of stdin ("-"), with their line numbers. Lines are cut from
 * the stream's chunks as they come (LF or CRLF), and the stream is read only as fast as the
 * caller asks for lines, so memory holds one chunk and one line at a time: a line longer than
 * `maxBytes` bytes is dropped as it is read and reported as too large.
 */
export async function* ndjsonLines(path: string, maxBytes = Infinity): AsyncGenerator<NdjsonLine> {
  for await (const lines of ndjsonLineGroups(path, maxBytes)) yield* lines;
}

/**
 * ndjsonLines, a chunk at a time: the lines each chunk of the stream completes, together, so a
 * caller can digest them together without waiting for more of a slow stream. `from` gives the
 * stream's chunks instead of opening `path` (stdin read ahead, read-ahead.ts).
 *
 * Lines are cut from the bytes and each is decoded on its own (a newline byte is never part of
 * a longer UTF-8 sequence): a line cut from a decoded chunk would be a slice of it, and would
 * keep the whole chunk alive while the line waits for a worker. Chunks with a character beyond
 * Latin-1 decode to 128 KB, a large object that only a full collection frees: a long stream's
 * main thread held some 25 MB of them.
 */
export async function* ndjsonLineGroups(path: string, maxBytes = Infinity, from?: AsyncIterable<Buffer>): AsyncGenerator<NdjsonLine[]> {
  let stream: AsyncIterable<Buffer | string>;
  try {
    stream = from ?? (path === '-' ? process.stdin : createReadStream(path));
  } catch (err) {
    yield [{ ok: false, source: path, reason: streamReason(err) }];
    return;
  }
  let n = 0;
  // The line the last chunks left unfinished, in pieces.
  let rest: Buffer[] = [];
  let restBytes = 0;
  let tooLong = false;
  const tooLarge = (): NdjsonLine => ({ ok: false, source: `${path}:${n}`, reason: tooLargeReason(maxBytes) });
  // A line's bytes may end in the CR of a CRLF, not counted against the limit.
  const over = (bytes: number): boolean => bytes > maxBytes + 1;
  const lineOf = (bytes: Buffer): NdjsonLine | null => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    if (end > maxBytes) return tooLarge();
    const text = bytes.toString('utf8', 0, end);
    return NOT_BLANK.test(text) ? { ok: true, path, line: n, text } : null;
  };
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const lines: NdjsonLine[] = [];
      let start = 0;
      for (let nl = bytes.indexOf(LF); nl !== -1; nl = bytes.indexOf(LF, start)) {
        const piece = bytes.subarray(start, nl);
        start = nl + 1;
        n++;
        if (tooLong || over(restBytes + piece.length)) {
          tooLong = false;
          rest = [];
          restBytes = 0;
          lines.push(tooLarge());
          continue;
        }
        const line = lineOf(restBytes ? Buffer.concat([...rest, piece]) : piece);
        rest = [];
        restBytes = 0;
        if (line) lines.push(line);
      }
      if (!tooLong && start < bytes.length) {
        // Copied: a view would keep the whole chunk.
        rest.push(Buffer.from(bytes.subarray(start)));
        restBytes += bytes.length - start;
      }
      if (over(restBytes)) {
        tooLong = true;
        rest = [];
        restBytes = 0;
      }
      if (lines.length) yield lines;
    }
  } catch (err) {
    yield [{ ok: false, source: path, reason: streamReason(err) }];
    return;
  }
  n++;
  if (tooLong) {
    yield [tooLarge()];
    return;
  }
  const last = lineOf(Buffer.concat(rest));
  if (last) yield [last];
}

const LF = 10;
const CR = 13;

/** Blank lines are skipped; testing for a non-space character copies nothing, as trim() would. */
const NOT_BLANK = pattern('input/ndjson:NOT_BLANK', /\S/);

/** One line as an article: its text field, and its id (or PATH:LINE) as the source. */
export function parseNdjsonLine(path: string, line: number, text: string, options: NdjsonOptions = {}): NdjsonRecord {
  const textField = options.textField ?? 'text';
  const idField = options.idField ?? 'id';
  const where = `${path}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { source: where, ok: false, reason: 'not a JSON object' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { source: where, ok: false, reason: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const article = record[textField];
  if (typeof article !== 'string') return { source: where, ok: false, reason: `no string field "${textField}"` };
  const id = record[idField];
  return { source: typeof id === 'string' || typeof id === 'number' ? String(id) : where, ok: true, text: article };
}

/** The articles of one stream, in order: a bad line is a failure of that line alone. */
export async function* readNdjson(path: string, options: NdjsonOptions = {}): AsyncGenerator<NdjsonRecord> {
  for await (const l of ndjsonLines(path)) yield l.ok ? parseNdjsonLine(l.path, l.line, l.text, options) : l;
}

function streamReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
