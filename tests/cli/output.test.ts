// Output in large chunks: small pieces are written together once the run gives the event loop
// a turn, 64 KB go at once, and a destination that asks to wait (a pipe whose reader is behind)
// makes ready() a promise until it drains, so memory stays flat however slow the reader.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CHUNK, stdoutOutput } from '../../src/cli/output.js';

/** A stream that records each write (decoded from UTF-8) and says "wait" while `full` is set. */
class FakeStream extends EventEmitter {
  writes: string[] = [];
  bytes: Buffer[] = [];
  full = false;
  write(chunk: Buffer): boolean {
    this.bytes.push(chunk);
    this.writes.push(chunk.toString('utf8'));
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

  it('writes every piece as UTF-8, characters beyond ASCII and beyond 16 bits included', () => {
    const stream = new FakeStream();
    const out = stdoutOutput(stream as unknown as NodeJS.WritableStream);
    const pieces = ['Nikkei 225 ↑ 1.2%\n', 'Bovespa ações sobem\n', '日経平均株価\n', '📈 €5bn\n', 'plain\n'];
    for (let k = 0; k < 8000; k++) out.write(pieces[k % pieces.length]!);
    out.commit();
    expect(Buffer.concat(stream.bytes).equals(Buffer.from(Array.from({ length: 8000 }, (_, k) => pieces[k % pieces.length]).join(''), 'utf8'))).toBe(true);
    expect(stream.bytes.length).toBeGreaterThan(1);
  });

  it('writes a piece far larger than a chunk whole, wide characters included', () => {
    const stream = new FakeStream();
    const out = stdoutOutput(stream as unknown as NodeJS.WritableStream);
    const big = `${'€ 日経 📈 '.repeat(CHUNK)}\n`;
    out.write('head\n');
    out.write(big);
    out.commit();
    expect(Buffer.concat(stream.bytes).equals(Buffer.from(`head\n${big}`, 'utf8'))).toBe(true);
    expect(stream.bytes[0]!.length).toBe(Buffer.byteLength(`head\n${big}`));
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
