// --input-format ndjson: a stream of articles, one JSON object per line ({"id": ..., "text": ...}),
// read line by line so an archive of any size passes through in constant memory. A bad line is
// a failure of that line alone. Reading lines and parsing one are separate steps, so that the
// CLI can read in its main thread and parse in its --jobs workers.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
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
 * `maxBytes` characters is dropped as it is read and reported as too large (the caller checks
 * the exact byte length of the lines it gets).
 */
export async function* ndjsonLines(path: string, maxBytes = Infinity): AsyncGenerator<NdjsonLine> {
  for await (const lines of ndjsonLineGroups(path, maxBytes)) yield* lines;
}

/**
 * ndjsonLines, a chunk at a time: the lines each chunk of the stream completes, together, so a
 * caller can digest them together without waiting for more of a slow stream.
 */
export async function* ndjsonLineGroups(path: string, maxBytes = Infinity): AsyncGenerator<NdjsonLine[]> {
  let stream: Readable;
  try {
    stream = path === '-' ? process.stdin : createReadStream(path);
  } catch (err) {
    yield [{ ok: false, source: path, reason: streamReason(err) }];
    return;
  }
  stream.setEncoding('utf8');
  let n = 0;
  let rest = '';
  let tooLong = false;
  const tooLarge = (): NdjsonLine => ({ ok: false, source: `${path}:${n}`, reason: tooLargeReason(maxBytes) });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines: NdjsonLine[] = [];
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
        const piece = chunk.slice(start, nl);
        start = nl + 1;
        n++;
        if (tooLong || rest.length + piece.length > maxBytes) {
          tooLong = false;
          rest = '';
          lines.push(tooLarge());
          continue;
        }
        const line = rest ? rest + piece : piece;
        rest = '';
        const text = line.endsWith('\r') ? line.slice(0, -1) : line;
        if (NOT_BLANK.test(text)) lines.push({ ok: true, path, line: n, text });
      }
      if (!tooLong) rest += chunk.slice(start);
      if (rest.length > maxBytes) {
        tooLong = true;
        rest = '';
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
  const last = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
  if (NOT_BLANK.test(last)) yield [{ ok: true, path, line: n, text: last }];
}

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
