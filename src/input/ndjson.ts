// --input-format ndjson: a stream of articles, one JSON object per line ({"id": ..., "text": ...}),
// read line by line so an archive of any size passes through in constant memory. A bad line is
// a failure of that line alone.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type NdjsonRecord = { source: string; ok: true; text: string } | { source: string; ok: false; reason: string };

export interface NdjsonOptions {
  /** The field holding the article text (default "text"). */
  textField?: string;
  /** The field passed through as the document's source (default "id"). */
  idField?: string;
}

export async function* readNdjson(path: string, options: NdjsonOptions = {}): AsyncGenerator<NdjsonRecord> {
  const textField = options.textField ?? 'text';
  const idField = options.idField ?? 'id';
  let stream: Readable;
  try {
    stream = path === '-' ? process.stdin : createReadStream(path);
  } catch (err) {
    yield { source: path, ok: false, reason: (err as Error).message };
    return;
  }
  const opened = new Promise<Error | null>((resolve) => {
    stream.once('error', resolve);
    stream.once('readable', () => resolve(null));
    stream.once('end', () => resolve(null));
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const where = `${path}:${n}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        yield { source: where, ok: false, reason: 'not a JSON object' };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { source: where, ok: false, reason: 'not a JSON object' };
        continue;
      }
      const record = value as Record<string, unknown>;
      const text = record[textField];
      if (typeof text !== 'string') {
        yield { source: where, ok: false, reason: `no string field "${textField}"` };
        continue;
      }
      const id = record[idField];
      yield { source: typeof id === 'string' || typeof id === 'number' ? String(id) : where, ok: true, text };
    }
  } catch (err) {
    const e = (await opened) ?? (err as Error);
    const code = (e as NodeJS.ErrnoException).code;
    yield { source: path, ok: false, reason: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : e.message };
  }
}
