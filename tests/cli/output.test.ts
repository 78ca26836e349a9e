// Output in large chunks: small pieces are written together once the run gives the event loop
// a turn, 64 KB go at once, and a destination that asks to wait (a pipe whose reader is behind)
// makes ready() a promise until it drains, so memory stays flat however slow the reader.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CHUNK, stdoutOutput } from '../../src/cli/output.js';

/** A stream that records each write and says "wait" while `full` is set. */
class FakeStream extends EventEmitter {
  writes: string[] = [];
  full = false;
  write(chunk: string): boolean {
    this.writes.push(chunk);
    return !this.full;
  }
}
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('stdoutOutput', () => {
  it('writes small pieces together at the next turn of the event loop', async () => {
    const stream = new FakeStream();
    const out = stdoutOutput(stream as unknown as NodeJS.WritableStream);
    out.write('a\n');
    out.write('b\n');
    out.write('c\n');
    expect(stream.writes).toEqual([]);
    await turn();
    expect(stream.writes).toEqual(['a\nb\nc\n']);
  });

  it('writes as soon as a chunk is full, and the rest on commit', () => {
    const stream = new FakeStream();
    const out = stdoutOutput(stream as unknown as NodeJS.WritableStream);
    const line = `${'x'.repeat(999)}\n`;
    for (let k = 0; k < 100; k++) out.write(line);
    expect(stream.writes).toHaveLength(1);
    expect(stream.writes[0]!.length).toBeGreaterThanOrEqual(CHUNK);
    out.commit();
    expect(stream.writes.join('')).toBe(line.repeat(100));
  });

  it('is not ready while the destination is full, and ready again once it drains', async () => {
    const stream = new FakeStream();
    const out = stdoutOutput(stream as unknown as NodeJS.WritableStream);
    expect(out.ready()).toBeNull();
    stream.full = true;
    out.write('x'.repeat(CHUNK));
    const wait = out.ready();
    expect(wait).toBeInstanceOf(Promise);
    let drained = false;
    void wait!.then(() => (drained = true));
    await turn();
    expect(drained).toBe(false);
    stream.full = false;
    stream.emit('drain');
    await wait;
    expect(drained).toBe(true);
    expect(out.ready()).toBeNull();
  });
});
