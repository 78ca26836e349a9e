// A stream read ahead of its consumer, up to a bound: a pipe that ends within the bound is
// then known to be short before it is digested (run.ts decides from that whether workers would
// pay for themselves). The chunks come out in order, as soon as they arrive, so a slow stream's
// lines are still digested and written as they come.
import type { Readable } from 'node:stream';

export class ReadAhead implements AsyncIterable<Buffer> {
  /** Whether the stream has ended: `bytes` is then its whole size. */
  ended = false;
  /** Bytes read from the stream so far. */
  bytes = 0;
  private readonly queue: Buffer[] = [];
  private queued = 0;
  private error: unknown = null;
  private wake: (() => void) | null = null;

  /** @param ahead how many bytes may wait for the consumer before the stream is paused */
  constructor(
    private readonly stream: Readable,
    private ahead: number,
  ) {
    stream.on('data', (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      this.queue.push(bytes);
      this.queued += bytes.length;
      this.bytes += bytes.length;
      if (this.queued >= this.ahead) stream.pause();
      this.notify();
    });
    stream.on('end', () => {
      this.ended = true;
      this.notify();
    });
    stream.on('error', (err: unknown) => {
      this.error = err;
      this.notify();
    });
  }

  /** Whether the stream failed: nothing more will come; iterating throws once the chunks are out. */
  get failed(): boolean {
    return this.error !== null;
  }

  /** Whether the stream has ended or failed: `bytes` is all it will give. */
  get settled(): boolean {
    return this.ended || this.failed;
  }

  /** Whether the stream has settled or given `bytes` at least. */
  settledOrRead(bytes: number): boolean {
    return this.settled || this.bytes >= bytes;
  }

  /**
   * Resolves once the stream has ended, failed or given `bytes` bytes, or after `ms` ms: a caller
   * busy on the main thread reads nothing meanwhile, so it gives the stream a moment here.
   */
  readTo(bytes: number, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.settledOrRead(bytes)) done();
      };
      const done = (): void => {
        clearTimeout(timer);
        this.stream.off('data', check).off('end', check).off('error', check);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stream.on('data', check).on('end', check).on('error', check);
      check();
    });
  }

  /** From now on, read only about as fast as the consumer takes chunks (one pipe read ahead). */
  stopReadingAhead(): void {
    this.ahead = 64 * 1024;
  }

  /**
   * Stops reading a stream that has not ended, as breaking out of a loop over the stream itself
   * would: a reader left flowing would keep the process alive until the writer closes its end.
   */
  close(): void {
    if (!this.ended && !this.stream.destroyed) this.stream.destroy();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        const chunk = this.queue.shift();
        if (chunk !== undefined) {
          this.queued -= chunk.length;
          if (this.queued < this.ahead && !this.ended) this.stream.resume();
          yield chunk;
          continue;
        }
        if (this.error !== null) throw this.error;
        if (this.ended) return;
        this.stream.resume();
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      // A consumer that stops early leaves the rest unread.
      this.close();
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
