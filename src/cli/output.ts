// Where output goes: stdout, or with -o a file written atomically: everything goes to a
// temporary file beside the target, which is renamed over it only when complete, so a crash,
// a kill or a full disk never leaves a half-written report and an earlier one stays intact.
//
// Output is written in large chunks: pieces are collected and handed on once 64 KB are
// waiting, or as soon as the run gives the event loop a turn (it does when it waits for input
// or for a worker, and every few milliseconds otherwise), so a line a slow stream produced is
// not held back. process.stdout into a pipe is asynchronous: when it has more queued than it
// wants, the run waits for it to drain (ready()), so a slow reader never makes memory grow.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Output {
  /** Queues text; it is written in chunks. */
  write(s: string): void;
  /** Writes what is queued now. */
  flush(): void;
  /** A promise while the destination asks the writer to wait (a pipe whose reader is behind). */
  ready(): Promise<void> | null;
  /** Writes what is queued and makes the output final (renames the temporary file into place). */
  commit(): void;
  /** Drops a partial output (removes the temporary file). */
  abort(): void;
}

/** Chunks of about this many characters are written at once. */
export const CHUNK = 64 * 1024;

/** A UTF-16 code unit takes at most three bytes in UTF-8 (a surrogate pair, two units, takes four). */
const MAX_UTF8_PER_UNIT = 3;

/** Where the chunks go, as UTF-8: write returns false when the caller should wait for drain. */
interface Sink {
  write(chunk: Buffer): boolean;
  drained(): Promise<void>;
}

class ChunkedOutput implements Output {
  private parts: string[] = [];
  private size = 0;
  private scheduled = false;
  private waiting: Promise<void> | null = null;
  /** A write that failed in a deferred flush, thrown at the run's next write (-o: ENOSPC). */
  private failure: unknown = null;

  constructor(
    private readonly sink: Sink,
    private readonly onCommit: () => void = () => undefined,
    private readonly onAbort: () => void = () => undefined,
  ) {}

  write(s: string): void {
    this.rethrow();
    if (!s) return;
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        try {
          this.flush();
        } catch (err) {
          this.failure ??= err;
        }
      });
    }
  }

  flush(): void {
    this.rethrow();
    if (this.size === 0) return;
    // Each piece is encoded straight into the chunk: joining them into one string first, then
    // encoding that, cost twice as much (NDJSON: some 5 bytes out per byte of input).
    // A large piece (a whole --format json digest) is measured instead: three bytes a unit
    // would triple the memory it takes.
    const bound = this.size <= CHUNK * 4 ? this.size * MAX_UTF8_PER_UNIT : this.parts.reduce((n, part) => n + Buffer.byteLength(part, 'utf8'), 0);
    const chunk = Buffer.allocUnsafe(bound);
    let length = 0;
    for (const part of this.parts) length += chunk.write(part, length);
    this.parts = [];
    this.size = 0;
    if (!this.sink.write(chunk.subarray(0, length)) && !this.waiting) {
      this.waiting = this.sink.drained().then(() => {
        this.waiting = null;
      });
    }
  }

  private rethrow(): void {
    if (this.failure !== null) throw this.failure;
  }

  ready(): Promise<void> | null {
    return this.waiting;
  }

  commit(): void {
    this.flush();
    this.onCommit();
  }

  abort(): void {
    this.parts = [];
    this.size = 0;
    this.onAbort();
  }
}

export function stdoutOutput(stream: NodeJS.WritableStream = process.stdout): Output {
  return new ChunkedOutput({
    write: (chunk) => stream.write(chunk),
    drained: () => new Promise((resolve) => stream.once('drain', () => resolve())),
  });
}

export function atomicFileOutput(target: string): Output {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = openSync(temp, 'wx', 0o644);
  let done = false;
  const cleanup = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
    if (!done) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
    done = true;
  };
  activeTemps.add(cleanup);
  const sink: Sink = {
    // A regular file takes every byte at once (or throws: ENOSPC, EIO).
    write(chunk) {
      if (fd === null) return true;
      let off = 0;
      while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
      return true;
    },
    drained: () => Promise.resolve(),
  };
  return new ChunkedOutput(
    sink,
    () => {
      if (fd === null) return;
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      renameSync(temp, target);
      done = true;
      activeTemps.delete(cleanup);
    },
    () => {
      cleanup();
      activeTemps.delete(cleanup);
    },
  );
}

const activeTemps = new Set<() => void>();

/** Removes every temporary file still open: for signal handlers and fatal errors. */
export function abortAllOutputs(): void {
  for (const cleanup of activeTemps) cleanup();
  activeTemps.clear();
}
